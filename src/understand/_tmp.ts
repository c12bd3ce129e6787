import * as chrono from 'chrono-node';
import { findDue } from './dates.ts';
const r = new Date('2026-11-23T15:00:00Z');
console.log(JSON.stringify(findDue(' and post them on the forum by wed', r, 'America/Chicago')));
console.log(chrono.parse(' and post them on the forum by wed', new Date()).map(x=>x.text));
