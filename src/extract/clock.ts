/**
 * Clock times: "10:00", "10 a.m.", "7:37 AM local time", "3.45pm", "0737 GMT", "7:56:30pm", "19h30",
 * "noon", "12 midnight", "mid-morning", "seven o'clock", "half past eight", "ten to midnight",
 * "ten forty five pm", "8 in the morning", "at 7 Tuesday evening", "tonight at 9".
 *
 * A time written without am/pm or a part of the day stays as written: "at 7" is 07:00 and
 * "19:00" is 19:00 (the peer specs read such times as morning, too). Parts of the day
 * ("in the evening", "tonight", "lunchtime") place an hour written 1–12 in a 12-hour window
 * (model/clock.json `partHours`); they may come after the time or just before it ("tonight at 9").
 *
 * A bare number is a time only with something that says so: am/pm, "o'clock", a strong part of the
 * day ("8 in the morning"), "-ish" ("11ish"), or "at"/"until"… before it with the clause ending
 * after it ("at 7.", "until seven on Friday"). So "at 7 locations", "at 3 percent", "rose to about
 * 20.", "5 to 10 people" and "the toll stood at 7." are no times.
 */
import { perModel } from '../model/derived.js';
import { parseNumber, parseWords } from './numbers.js';
import { PhraseTable } from '../text/phrases.js';
import type { Model, Token } from '../types.js';

/** The phrase tables and word sets of model/clock.json, per model. */
const tables = perModel(({ clock, calendar }) => ({
  meridiems: new PhraseTable<'am' | 'pm'>(clock.meridiem),
  dayParts: new PhraseTable<string>(clock.dayParts),
  weakDayParts: new PhraseTable<string>(clock.weakDayParts),
  zones: new PhraseTable<string>(clock.zones),
  named: new PhraseTable<number>(clock.named),
  roughly: new PhraseTable<[number, number]>(clock.roughly),
  oclock: new PhraseTable<true>(clock.oclock.map((w) => [w, true] as [string, true])),
  quarters: new PhraseTable<number>(clock.quarters),
  hoursMarks: new Set(clock.hoursMark),
  minuteWords: new Set(clock.minuteWords),
  AT: new Set(clock.at),
  AT_BARE_HOUR: new Set(clock.atBareHour),
  APPROX: new Set(clock.approx),
  NOT_CLOCK_AT: new Set(clock.notClockAt),
  FOLLOWERS: new Set(clock.followers),
  /**
   * "Tuesday", "tomorrow", "tonight": may stand between a time and its part of the day, and are left to the
   * date reader.
   */
  DAY_WORDS: new Set(
    [...Object.keys(calendar.weekdays), ...Object.keys(calendar.relativeDays)].filter((w) => !w.includes(' ')),
  ),
}));
/**
 * Punctuation after a bare hour that ends its clause ("at 7.", "at 7, …", "at 7 (1900 GMT)"); not "7%",
 * "7-9", "7/10".
 */
const ENDING = new Set(['.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '…', '”', '’']);
/**
 * Straight quotes end a clause only when closing, glued to the hour: 'at 7."' but not 'after two "horrific"
 * nights'.
 */
const QUOTES = new Set(['"', "'"]);
/** "ten to nine", "five past 8": minute amounts in words that may come before "to"/"after" with no "minutes". */
const CLOCK_FACE_MINUTES = new Set([5, 10, 20, 25]);
/** "from ten to twelve", "between 5 to 10": ranges, not minutes before the hour. */
const RANGE_OPENERS = new Set(['from', 'between']);
/** Words between the two hours of a range: "9 to 11 a.m.", "9-11 a.m.", "between 2 and 4 p.m.". */
const RANGE_JOINERS = new Set(['to', '-', '–', '—', 'and', 'until', 'till', 'through']);
/** Words before a h:mm:ss reading that make it a duration ("won in 2:03:45", "a time of 9:58:01"). */
const DURATION_OPENERS = new Set(['in', 'of']);

export interface ClockReading {
  /** Minutes after midnight (seconds as fractions: "7:56:30" is 476.5). */
  minutes: number;
  next: number;
  zone: string | null;
  /** 60 when only the hour was given (or the minutes are :00), else 1. */
  granularity: number;
  /** For vague times ("mid-morning" 09:00–11:00, "noonish"): how many minutes either side the time may be. */
  spread?: number;
}

/**
 * How the time was written; decides what else it needs to count as a time. `dotted` is "3.45" or "10 h 10"
 * (a time only with am/pm or a zone), `glued` "19h30", `bare` an hour in digits, `word` an hour in words,
 * `words` an hour and minutes in words.
 */
type Form = 'colon' | 'dotted' | 'compact' | 'glued' | 'bare' | 'word' | 'words';

/** Hour and minutes as written, before any am/pm. */
interface Stated {
  hour: number;
  minute: number;
  second: number;
  next: number;
  form: Form;
}

/** A part of the day written after the time. `strong` parts make a bare number a time ("8 in the morning"). */
interface Mark {
  part: string;
  next: number;
  kind: 'meridiem' | 'strong' | 'weak';
}

const COLON = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const DOTTED = /^(\d{1,2})\.(\d{2})$/;
const COMPACT = /^(\d{1,2})(\d{2})$/;
const HOUR = /^\d{1,2}$/;
const MINUTE = /^\d{2}$/;
/** A four-digit 24-hour time: "0737", "1900", "2359". */
const TWENTY_FOUR = /^(?:[01]\d|2[0-3])[0-5]\d$/;

export function readClock(model: Model, tokens: Token[], i: number): ClockReading | null {
  if (!tokens[i]) return null;
  return namedClock(model, tokens, i) ?? pastClock(model, tokens, i) ?? statedClock(model, tokens, i);
}

/** "noon", "midnight", "mid-day"; vague "mid-morning", "noonish". */
function namedClock(model: Model, tokens: Token[], i: number): ClockReading | null {
  const name = tables(model).named.startingAt(tokens, i);
  if (name) return withZone(model, tokens, name.value, name.next, 60);
  const rough = tables(model).roughly.startingAt(tokens, i);
  if (!rough) return null;
  const [minutes, spread] = rough.value;
  return { ...withZone(model, tokens, minutes, rough.next, 60), spread };
}

/** "10:00", "7 pm", "0737 GMT", "seven o'clock", "ten forty five pm", "at 7.", "afternoon 7:00". */
function statedClock(model: Model, tokens: Token[], i: number): ClockReading | null {
  const stated = statedAt(model, tokens, i);
  if (!stated) return null;
  return complete(model, tokens, i, stated, false);
}

/**
 * "half past eight", "quarter to 8 in the morning", "20 mins past eight", "ten to midnight", "three mins to
 * five thirty".
 */
function pastClock(model: Model, tokens: Token[], i: number): ClockReading | null {
  const quarter = tables(model).quarters.startingAt(tokens, i);
  const count = quarter ? null : parseNumber(model, tokens, i);
  if (count && (!Number.isInteger(count.value) || count.value < 1)) return null;
  const amount = quarter?.value ?? count?.value;
  let next = quarter?.next ?? count?.next;
  if (amount === undefined || next === undefined || amount >= 60) return null;
  const minuteWord = tables(model).minuteWords.has(tokens[next]?.lower ?? '');
  if (minuteWord) next++;
  const word = tokens[next]?.lower ?? '';
  const direction = model.clock.past[word];
  if (!direction) return null;
  const faceWords =
    count?.words === true && CLOCK_FACE_MINUTES.has(amount) && !RANGE_OPENERS.has(tokens[i - 1]?.lower ?? '');
  // "half past", "10 past 9": "past" says it all; "to", "after", "before" also join ranges and events
  // ("5 to 10 people", "from 9 to 11 a.m.", "20 minutes before 5 people arrived").
  if (word !== 'past' && !quarter && !minuteWord && !faceWords) return null;
  const base = pastBase(model, tokens, i, next + 1);
  if (!base) return null;
  // "quarter to 8." but not "in the second quarter to 5 percent"
  if (word !== 'past' && !base.marked && !clauseEnds(model, tokens, base.reading.next)) return null;
  const minutes = (((base.reading.minutes + direction * amount) % 1440) + 1440) % 1440;
  return { ...base.reading, minutes, granularity: 1 };
}

/** The hour after "past"/"to": "eight", "8pm", "five thirty", "5:30", "midnight". */
function pastBase(
  model: Model,
  tokens: Token[],
  first: number,
  at: number,
): { reading: ClockReading; marked: boolean } | null {
  const name = tables(model).named.startingAt(tokens, at);
  if (name) return { reading: withZone(model, tokens, name.value, name.next, 60), marked: true };
  const stated = statedAt(model, tokens, at);
  if (
    !stated ||
    (stated.form === 'dotted' && !tables(model).meridiems.startingAt(tokens, stated.next)) ||
    stated.form === 'compact'
  )
    return null;
  if ((stated.form === 'bare' || stated.form === 'word') && (stated.hour < 1 || stated.hour > 12)) return null;
  const reading = complete(model, tokens, first, stated, true);
  return reading ? { reading, marked: reading.next > stated.next } : null;
}

/** The hour and minutes written at `i`, in any of the forms; whether they make a time is decided later. */
function statedAt(model: Model, tokens: Token[], i: number): Stated | null {
  const token = tokens[i];
  if (token?.kind === 'number') return digitsAt(tokens, i);
  if (token?.kind === 'word') return wordsAt(model, tokens, i);
  return null;
}

function digitsAt(tokens: Token[], i: number): Stated | null {
  const text = (tokens[i] as Token).text;
  const at = (form: Form, match: RegExpExecArray, next = i + 1): Stated => ({
    hour: Number(match[1]),
    minute: Number(match[2] ?? 0),
    second: Number(match[3] ?? 0),
    next,
    form,
  });
  const colon = COLON.exec(text);
  if (colon) return at('colon', colon);
  const dotted = DOTTED.exec(text);
  if (dotted) return at('dotted', dotted);
  if (!HOUR.test(text)) {
    const compact = /^\d{3,4}$/.test(text) ? COMPACT.exec(text) : null;
    return compact ? at('compact', compact) : null;
  }
  // "7h01", "19h30" (all one piece); spaced "10 h 10" needs am/pm or a zone, like "3.45"
  const h = tokens[i + 1];
  const minutes = tokens[i + 2];
  if (h?.lower === 'h' && minutes?.kind === 'number' && MINUTE.test(minutes.text)) {
    const glued = !h.spaceBefore && !minutes.spaceBefore;
    return {
      hour: Number(text),
      minute: Number(minutes.text),
      second: 0,
      next: i + 3,
      form: glued ? 'glued' : 'dotted',
    };
  }
  return { hour: Number(text), minute: 0, second: 0, next: i + 1, form: 'bare' };
}

/** "seven", "eight forty", "ten forty five", "eleven oh five". */
function wordsAt(model: Model, tokens: Token[], i: number): Stated | null {
  const hour = parseWords(model, tokens, i);
  if (!hour || !Number.isInteger(hour.value) || hour.value > 23 || hour.next !== i + 1) return null;
  const oh = tokens[hour.next]?.lower === 'oh' ? parseWords(model, tokens, hour.next + 1) : null;
  if (oh && oh.value >= 1 && oh.value <= 9 && oh.next === hour.next + 2) {
    return { hour: hour.value, minute: oh.value, second: 0, next: oh.next, form: 'words' };
  }
  const minutes = parseWords(model, tokens, hour.next);
  if (minutes && Number.isInteger(minutes.value) && minutes.value >= 1 && minutes.value < 60) {
    return { hour: hour.value, minute: minutes.value, second: 0, next: minutes.next, form: 'words' };
  }
  return { hour: hour.value, minute: 0, second: 0, next: hour.next, form: 'word' };
}

/**
 * Reads what follows the stated time (o'clock, "noon" after 12, am/pm or a part of the day, "hrs", a zone),
 * decides whether it is a time at all (unless `established`: "half past …"), and places the hour.
 * `first` is where the time expression starts, for looking back at "tonight at 9".
 */
function complete(
  model: Model,
  tokens: Token[],
  first: number,
  stated: Stated,
  established: boolean,
): ClockReading | null {
  const { minute, second, form } = stated;
  if (minute > 59 || second > 59 || stated.hour > 24 || gluedToWord(tokens, first - 1, first)) return null;
  if (form === 'colon' && second > 0 && DURATION_OPENERS.has(tokens[first - 1]?.lower ?? '')) return null;
  if (zoneOffset(model, tokens, first)) return null;
  let next = stated.next;
  const o =
    form === 'bare' || form === 'word' || form === 'words' ? tables(model).oclock.startingAt(tokens, next) : null;
  if (o) next = o.next;
  // "12 noon", "twelve midnight", "12 o'clock midnight"
  const noon =
    stated.hour === 12 && minute === 0 && second === 0 && form !== 'compact'
      ? tables(model).named.startingAt(tokens, next)
      : null;
  if (noon) return withZone(model, tokens, noon.value, noon.next, 60);
  const mark = markAt(model, tokens, next);
  if (mark) next = mark.next;
  if (!established && !isTime(model, tokens, first, stated, mark, Boolean(o)))
    return o || mark ? null : rangeStart(model, tokens, first, stated);
  const part = mark?.part ?? partBefore(model, tokens, first);
  const hour = part === null ? stated.hour : placeHour(model, stated.hour, part, mark !== null);
  if (hour === null) return null;
  // "19:00 hrs", "at 1900 hours"
  if ((form === 'colon' || form === 'compact') && !mark && tables(model).hoursMarks.has(tokens[next]?.lower ?? ''))
    next++;
  // "19:00h"; not part of a code or an ID ("~3am3ioYcY"), though a zone may be glued on ("11:00GMT")
  if (form === 'colon' && !mark && tokens[next]?.lower === 'h' && !tokens[next]?.spaceBefore) next++;
  if (gluedToWord(tokens, next - 1, next) && !tables(model).zones.startingAt(tokens, next)) return null;
  // on the hour or the half hour ("3:30 a.m." for 3:33): a round time, as likely rounded as not
  const granularity = second !== 0 ? 1 : minute === 0 ? 60 : minute === 30 ? 30 : 1;
  return withZone(model, tokens, hour * 60 + minute + second / 60, next, granularity);
}

/** "GMT+05:00", "UTC-3", "+0530": an offset from a zone, not a time. */
function zoneOffset(model: Model, tokens: Token[], first: number): boolean {
  const sign = tokens[first - 1];
  if (!sign || tokens[first]?.spaceBefore || !['+', '-', '−', '–'].includes(sign.text)) return false;
  return sign.text === '+' || tables(model).zones.endingBefore(tokens, first - 1) !== null;
}

/**
 * Whether tokens `a` and `b` are a word or number written against each other with no space ("A7", "3am3";
 * "11ish" is fine).
 */
function gluedToWord(tokens: Token[], a: number, b: number): boolean {
  const left = tokens[a];
  const right = tokens[b];
  return (
    left !== undefined &&
    right !== undefined &&
    !right.spaceBefore &&
    left.kind !== 'punct' &&
    right.kind !== 'punct' &&
    right.lower !== 'ish'
  );
}

/**
 * The first hour of a range whose end is a clear time: "from 9 to 11 a.m." (09:00), "between 2 and 4 p.m."
 * (14:00), "from 11 to 1 p.m." (11:00), "from 10 to 12 noon" (10:00), "between 9 and 10:30" (09:00): the latest
 * reading of the hour not after the end. Only the first hour is read here; the end is read on its own.
 */
function rangeStart(model: Model, tokens: Token[], first: number, stated: Stated): ClockReading | null {
  if ((stated.form !== 'bare' && stated.form !== 'word') || stated.hour < 1 || stated.hour > 12) return null;
  const joiner = tokens[stated.next]?.lower ?? '';
  if (!RANGE_JOINERS.has(joiner) || (joiner === 'and' && tokens[first - 1]?.lower !== 'between')) return null;
  const endStated = statedAt(model, tokens, stated.next + 1);
  if (!endStated) return null;
  // An hour alone at the end must carry its own am/pm, strong part of the day, "o'clock" or "noon" ("9 to
  // 11.", "9 to 11 GMT" are not enough)
  const after = endStated.next;
  const mark = markAt(model, tokens, after);
  const bareEnd = endStated.form === 'bare' || endStated.form === 'word';
  const endMarked =
    tables(model).oclock.startingAt(tokens, after) ||
    (endStated.hour === 12 && tables(model).named.startingAt(tokens, after)) ||
    (mark && mark.kind !== 'weak');
  const end = !bareEnd || endMarked ? complete(model, tokens, stated.next + 1, endStated, false) : null;
  if (!end) return null;
  const morning = (stated.hour % 12) * 60;
  const minutes = morning + 720 <= end.minutes || morning > end.minutes ? morning + 720 : morning;
  return { minutes, next: stated.next, zone: end.zone, granularity: 60 };
}

/** Whether the stated number, with what follows it, is a clock time. */
function isTime(
  model: Model,
  tokens: Token[],
  first: number,
  stated: Stated,
  mark: Mark | null,
  oClock: boolean,
): boolean {
  const { form, next } = stated;
  const strong = mark !== null && mark.kind !== 'weak';
  switch (form) {
    case 'colon':
    case 'glued':
      return true;
    case 'dotted':
      // "3.45pm", "10.30 GMT", "10 H 10 pm"; "3.45" alone is a decimal
      return strong || (mark === null && tables(model).zones.startingAt(tokens, next) !== null);
    case 'compact':
      return compactIsTime(model, tokens, first, stated, mark);
    case 'bare':
    case 'word':
      if (oClock || strong) return true;
      if (form === 'bare' && ish(tokens, next)) return stated.hour >= 1 && stated.hour <= 12;
      return (
        stated.hour >= 1 &&
        stated.hour <= 12 &&
        introducesBareHour(model, tokens, first) &&
        clauseEnds(model, tokens, next)
      );
    case 'words':
      // "eight forty", "ten forty five pm", "in the night five thirty", "at eleven five."
      if (oClock || strong || (mark !== null && stated.minute >= 10)) return true;
      return (
        (tables(model).AT.has(tokens[first - 1]?.lower ?? '') || partBefore(model, tokens, first) !== null) &&
        clauseEnds(model, tokens, next)
      );
  }
}

/**
 * "0737 GMT", "340pm", "1140 a.m.", "at 1900 hours", "1100 hrs IST"; not "1200 in the morning" nor "worked
 * 1900 hours".
 */
function compactIsTime(model: Model, tokens: Token[], first: number, stated: Stated, mark: Mark | null): boolean {
  const text = (tokens[first] as Token).text;
  if (mark) return mark.kind === 'meridiem';
  if (!TWENTY_FOUR.test(text)) return false;
  if (tables(model).zones.startingAt(tokens, stated.next)) return true;
  if (!tables(model).hoursMarks.has(tokens[stated.next]?.lower ?? '')) return false;
  // "1100 hrs IST", "at 1900 hours", "0600 hours"
  if (tables(model).zones.startingAt(tokens, stated.next + 1) || text.startsWith('0')) return true;
  const at = tables(model).APPROX.has(tokens[first - 1]?.lower ?? '') ? first - 2 : first - 1;
  return tokens[at]?.lower === 'at';
}

/** "at 7", "until seven", "at about 7"; not "stood at 7" (a level) nor "about 7" alone. */
function introducesBareHour(model: Model, tokens: Token[], first: number): boolean {
  let k = first - 1;
  if (tables(model).APPROX.has(tokens[k]?.lower ?? '')) k--;
  const word = tokens[k]?.lower ?? '';
  if (!tables(model).AT_BARE_HOUR.has(word)) return false;
  return !(word === 'at' && tables(model).NOT_CLOCK_AT.has(tokens[k - 1]?.lower ?? ''));
}

/** "11ish", "11-ish" (the hedge reader takes the "-ish"), not "20-ish people". */
function ish(tokens: Token[], at: number): boolean {
  const dash = tokens[at]?.text === '-' && !tokens[at]?.spaceBefore ? 1 : 0;
  const word = tokens[at + dash];
  if (word?.lower !== 'ish' || word.spaceBefore) return false;
  return tokens[at + dash + 1]?.kind !== 'word';
}

/**
 * Whether the clause ends after a bare hour, or what follows is about time: "at 7.", "at 7 on Friday", "at 7
 * Tuesday".
 */
function clauseEnds(model: Model, tokens: Token[], at: number): boolean {
  const after = tokens[at];
  if (!after) return true;
  if (after.kind === 'punct') return ENDING.has(after.text) || (QUOTES.has(after.text) && !after.spaceBefore);
  if (after.kind !== 'word') return false;
  return (
    tables(model).FOLLOWERS.has(after.lower) ||
    tables(model).DAY_WORDS.has(after.lower) ||
    markAt(model, tokens, at) !== null ||
    tables(model).oclock.startingAt(tokens, at) !== null ||
    tables(model).zones.startingAt(tokens, at) !== null
  );
}

/**
 * am/pm or a part of the day after a time: "pm", "in the evening" (strong), "this morning", "evening",
 * "Tuesday evening", "on Sunday morning", "tonight" (weak). Day words ("Tuesday", "tonight") are left for the
 * date reader.
 */
function markAt(model: Model, tokens: Token[], at: number): Mark | null {
  const meridiem = tables(model).meridiems.startingAt(tokens, at);
  if (meridiem) return { part: meridiem.value, next: meridiem.next, kind: 'meridiem' };
  const strong = tables(model).dayParts.startingAt(tokens, at);
  if (strong) return { part: strong.value, next: strong.next, kind: 'strong' };
  const weak = tables(model).weakDayParts.startingAt(tokens, at);
  if (weak)
    return {
      part: weak.value,
      next: tables(model).DAY_WORDS.has(tokens[at]?.lower ?? '') ? at : weak.next,
      kind: 'weak',
    };
  // "Tuesday evening", "on Sunday morning"
  const day = tokens[at]?.lower === 'on' ? at + 1 : at;
  if (tables(model).DAY_WORDS.has(tokens[day]?.lower ?? '')) {
    const later =
      tables(model).dayParts.startingAt(tokens, day + 1) ?? tables(model).weakDayParts.startingAt(tokens, day + 1);
    if (later) return { part: later.value, next: at, kind: 'weak' };
  }
  return null;
}

/**
 * A part of the day just before the time, or before "at": "tonight at 9", "in the afternoon at 7", "afternoon
 * 7:00".
 */
function partBefore(model: Model, tokens: Token[], first: number): string | null {
  const k = tables(model).AT.has(tokens[first - 1]?.lower ?? '') ? first - 1 : first;
  return (
    (tables(model).dayParts.endingBefore(tokens, k) ?? tables(model).weakDayParts.endingBefore(tokens, k))?.value ??
    null
  );
}

/**
 * The hour (0–23) of `hour` in the part's 12-hour window: "8" at night is 20, "12" at night 0, "1" at lunchtime 13.
 * A 24-hour hour (0, 13–23) must already lie in the window when the part is written after it ("15 pm" is fine,
 * "15 am" is not); a part written before it is then ignored.
 */
function placeHour(model: Model, hour: number, part: string, after: boolean): number | null {
  const start = model.clock.partHours[part];
  if (start === undefined) return hour;
  const inWindow = (h: number): boolean => (((h - start) % 24) + 24) % 24 < 12;
  if (hour === 0 || hour > 12) return inWindow(hour % 24) || !after ? hour : null;
  const base = hour % 12;
  return inWindow(base) ? base : base + 12;
}

function withZone(model: Model, tokens: Token[], minutes: number, next: number, granularity: number): ClockReading {
  // "10 a.m. Eastern Time (US)", "0737 GMT"
  const zone = tables(model).zones.startingAt(tokens, next);
  return zone
    ? { minutes, next: zone.next, zone: zone.value, granularity }
    : { minutes, next, zone: null, granularity };
}
