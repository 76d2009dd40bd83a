/** Clock times: "10:00", "10 a.m.", "7:37 AM local time", "3.45pm", "0737 GMT", "noon". */
import { clock } from '../model/lexicon.js';
import type { Token } from '../types.js';
import { PhraseTable } from './phrases.js';

const meridiems = new PhraseTable<'am' | 'pm'>(clock.meridiem);
const zones = new PhraseTable<string>(clock.zones);
const named = new PhraseTable<number>(clock.named);

export interface ClockReading {
  /** Minutes after midnight. */
  minutes: number;
  next: number;
  zone: string | null;
  /** 60 when only the hour was given (or the minutes are :00), else 1. */
  granularity: number;
}

export function readClock(tokens: Token[], i: number): ClockReading | null {
  const token = tokens[i];
  if (!token) return null;
  const name = named.startingAt(tokens, i);
  if (name) return finish(tokens, name.value, name.next, 60);
  if (token.kind !== 'number') return null;
  const colon = /^(\d{1,2})[:.](\d{2})$/.exec(token.text);
  const military = /^([01]\d|2[0-3])([0-5]\d)$/.exec(token.text);
  let hour: number;
  let minute = 0;
  if (colon) {
    hour = Number(colon[1]);
    minute = Number(colon[2]);
    // "3.45" is a time only with am/pm after it; "10:00" is a time on its own.
    if (token.text.includes('.') && !meridiems.startingAt(tokens, i + 1)) return null;
  } else if (military && zones.startingAt(tokens, i + 1)) {
    hour = Number(military[1]);
    minute = Number(military[2]);
  } else if (/^\d{1,2}$/.test(token.text) && meridiems.startingAt(tokens, i + 1)) {
    hour = Number(token.text);
  } else return null;
  if (hour > 24 || minute > 59) return null;
  let next = i + 1;
  const meridiem = meridiems.startingAt(tokens, next);
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    if (meridiem.value === 'pm' && hour !== 12) hour += 12;
    if (meridiem.value === 'am' && hour === 12) hour = 0;
    next = meridiem.next;
  }
  return finish(tokens, hour * 60 + minute, next, minute === 0 ? 60 : 1);
}

function finish(tokens: Token[], minutes: number, next: number, granularity: number): ClockReading {
  // "10 a.m. Eastern Time (US)", "0737 GMT"
  const zone = zones.startingAt(tokens, next);
  return zone ? { minutes, next: zone.next, zone: zone.value, granularity } : { minutes, next, zone: null, granularity };
}
