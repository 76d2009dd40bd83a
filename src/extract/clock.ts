/**
 * Clock times: "10:00", "10 a.m.", "7:37 AM local time", "3.45pm", "0737 GMT", "7:56:30pm",
 * "noon", "seven o'clock", "half past eight", "ten forty five pm", "8 in the morning".
 */
import { clock } from '../model/lexicon.js';
import { parseNumber, parseWords } from '../normalize/numbers.js';
import type { Token } from '../types.js';
import { PhraseTable } from '../text/phrases.js';

const meridiems = new PhraseTable<'am' | 'pm'>(clock.meridiem);
const zones = new PhraseTable<string>(clock.zones);
const named = new PhraseTable<number>(clock.named);
const oclock = new PhraseTable<true>(clock.oclock.map((w) => [w, true] as [string, true]));
const quarters = new PhraseTable<number>(clock.quarters);
const AT = new Set(clock.at);

export interface ClockReading {
  /** Minutes after midnight. */
  minutes: number;
  next: number;
  zone: string | null;
  /** 60 when only the hour was given (or the minutes are :00), else 1. */
  granularity: number;
}

const COLON = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/;
const COMPACT = /^(\d{1,2})(\d{2})$/;

export function readClock(tokens: Token[], i: number): ClockReading | null {
  const token = tokens[i];
  if (!token) return null;
  const name = named.startingAt(tokens, i);
  if (name) return finish(tokens, name.value, name.next, 60);
  return digitsClock(tokens, i) ?? wordsClock(tokens, i) ?? pastClock(tokens, i);
}

/** "10:00", "7:56:30pm", "3.45pm", "0737 GMT", "340pm", "10 a.m.", "7 o'clock", "at 7." */
function digitsClock(tokens: Token[], i: number): ClockReading | null {
  const token = tokens[i] as Token;
  if (token.kind !== 'number') return null;
  const colon = COLON.exec(token.text);
  const compact = COMPACT.exec(token.text);
  const meridiemNext = meridiems.startingAt(tokens, i + 1);
  let hour: number;
  let minute = 0;
  if (colon) {
    hour = Number(colon[1]);
    minute = Number(colon[2]);
    // "3.45" is a time only with am/pm after it; "10:00" is a time on its own.
    if (token.text.includes('.') && !meridiemNext) return null;
  } else if (compact && ((zones.startingAt(tokens, i + 1) && /^([01]\d|2[0-3])/.test(token.text)) || (meridiemNext && !tokens[i + 1]?.spaceBefore))) {
    hour = Number(compact[1]);
    minute = Number(compact[2]);
  } else if (/^\d{1,2}$/.test(token.text) && (meridiemNext || oclock.startingAt(tokens, i + 1) || bareHourAfterAt(tokens, i, i + 1))) {
    hour = Number(token.text);
  } else return null;
  return withMeridiem(tokens, hour, minute, i + 1);
}

/** "ten forty five pm", "eight forty" after "at"/"for", "seven o'clock", "at seven." */
function wordsClock(tokens: Token[], i: number): ClockReading | null {
  const token = tokens[i] as Token;
  if (token.kind !== 'word') return null;
  const hour = parseWords(tokens, i);
  if (!hour || hour.value > 23 || !Number.isInteger(hour.value) || hour.next !== i + 1) return null;
  const minutes = parseWords(tokens, hour.next);
  const afterMinutes = minutes && minutes.value < 60 && minutes.value >= 10 ? minutes.next : hour.next;
  const minute = afterMinutes === hour.next ? 0 : (minutes?.value ?? 0);
  const marked = meridiems.startingAt(tokens, afterMinutes) || oclock.startingAt(tokens, afterMinutes);
  const introduced = AT.has(tokens[i - 1]?.lower ?? '');
  if (!marked && !(introduced && (minute > 0 || bareHourAfterAt(tokens, i, afterMinutes)))) return null;
  return withMeridiem(tokens, hour.value, minute, afterMinutes);
}

/** "half past eight", "quarter to nine", "twenty past 7". */
function pastClock(tokens: Token[], i: number): ClockReading | null {
  const quarter = quarters.startingAt(tokens, i);
  const count = quarter ? null : parseNumber(tokens, i);
  let amount = quarter?.value ?? count?.value;
  let next = quarter?.next ?? count?.next;
  if (amount === undefined || next === undefined || amount >= 60) return null;
  if (tokens[next]?.lower === 'minutes' || tokens[next]?.lower === 'minute') next++;
  const direction = clock.past[tokens[next]?.lower ?? ''];
  if (!direction) return null;
  const hour = parseNumber(tokens, next + 1);
  if (!hour || !Number.isInteger(hour.value) || hour.value < 1 || hour.value > 12 || hour.next !== next + 2) return null;
  amount *= direction;
  const reading = withMeridiem(tokens, hour.value, 0, hour.next);
  if (!reading) return null;
  return { ...reading, minutes: (reading.minutes + amount + 1440) % 1440, granularity: 1 };
}

/** "at 7" or "until seven" is a time only where the sentence or clause ends or a day follows. */
function bareHourAfterAt(tokens: Token[], first: number, next: number): boolean {
  if (!AT.has(tokens[first - 1]?.lower ?? '')) return false;
  const after = tokens[next];
  return !after || (after.kind === 'punct' && after.text !== '%' && after.text !== '-') || meridiems.startingAt(tokens, next) !== null || /^(on|today|tomorrow|yesterday|tonight|this|that|local|sharp)$/.test(after.lower);
}

function withMeridiem(tokens: Token[], hour: number, minute: number, at: number): ClockReading | null {
  if (hour > 24 || minute > 59) return null;
  let next = at;
  const o = oclock.startingAt(tokens, next);
  if (o) next = o.next;
  const meridiem = meridiems.startingAt(tokens, next);
  if (meridiem) {
    if (hour > 12 && meridiem.value === 'pm') {
      // "fifteen thirty p m": already a 24-hour time
    } else {
      if (hour < 1 || hour > 12) return null;
      if (meridiem.value === 'pm' && hour !== 12) hour += 12;
      if (meridiem.value === 'am' && hour === 12) hour = 0;
    }
    next = meridiem.next;
  }
  return finish(tokens, hour * 60 + minute, next, minute === 0 ? 60 : 1);
}

function finish(tokens: Token[], minutes: number, next: number, granularity: number): ClockReading {
  // "10 a.m. Eastern Time (US)", "0737 GMT"
  const zone = zones.startingAt(tokens, next);
  return zone ? { minutes, next: zone.next, zone: zone.value, granularity } : { minutes, next, zone: null, granularity };
}
