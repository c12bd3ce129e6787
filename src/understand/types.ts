// The shapes of reply understanding (see ../shared/eval/understand.md for the contract).
export type ReplyContext = 'ask' | 'check-in' | 'invitation' | 'confirmation';
export type MessageKind = 'reply' | 'auto-reply' | 'bounce' | 'complaint';
export type Command = 'done' | 'not-yet' | 'reschedule' | 'drop' | 'stop' | 'join' | 'yes' | 'no' | 'send' | 'cancel';
export type Format = 'coffee-klatch' | 'kitchen-table-sprint' | 'democamp';

export interface DueRange {
  start: string; // YYYY-MM-DD, in the person's timezone, inclusive
  end: string;
}

export interface Commitment {
  action: string;
  format: Format | null;
  due: DueRange | null;
  sentence: string; // the sentence (or list line) it came from
}

export interface Item {
  text: string;
  sentence: string;
}

export interface Shift {
  amount: number;
  unit: 'day' | 'week' | 'month';
}

export interface UnderstandInput {
  text: string; // plain-text body as sent (quotes, signatures and all)
  html?: string | null; // used when text is empty
  received: Date; // the mail's Date; relative dates count from it
  timezone?: string; // IANA zone, default UTC
  context?: ReplyContext;
}

export interface Understanding {
  reply: string; // the person's own new words
  command: Command | null;
  due: DueRange | null; // for reschedule
  /**
   * For a reschedule said as a shift ("push it back two weeks", "can we move it a week?"): how far. The date in `due` is
   * counted from the planned date when the reply or the quoted check-in names one, else from the mail's date; the service
   * counts it again from each commitment's own due date while that is still ahead.
   */
  shift?: Shift;
  commitments: Commitment[];
  offers: Item[];
  needs: Item[];
  wishes: Item[];
  /** 0..1: how sure we are that nothing was missed or misread; below 0.6 goes to human review. */
  confidence: number;
  /** Why confidence is low, in words an organizer understands. */
  notes: string[];
  /**
   * In context `confirmation` only: what the person corrects in the record we confirmed
   * ("no, April not March", "I meant a kitchen table sprint", "actually the 12th").
   * Present only when something was corrected; each field is present only when it changes.
   */
  correction?: Correction;
}

export interface Correction {
  /** The new date range. */
  due?: DueRange;
  /** The new format; null when the person says it is not one of the formats after all. */
  format?: Format | null;
  /** The new action wording (verb phrase), when the person restates what they will do. */
  action?: string;
  /** The words being replaced, as the person wrote them ("March", "a coffee klatch"). */
  replaces?: string;
}
