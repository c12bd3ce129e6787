// Sample data shared by the email tests.
import { standardHeaders, type OutgoingMessage } from './message.ts';

export const sampleMessage = (over: Partial<OutgoingMessage> = {}): OutgoingMessage => ({
  from: 'Drumbeat Toronto <hello@followthrough.example>',
  to: 'Ana Lima <ana@example.com>',
  replyTo: 'reply+tok.abc@in.followthrough.example',
  subject: 'Here’s what we understood (Drumbeat Toronto)',
  html: '<p>Hi Ana, thanks</p>',
  text: 'Hi Ana, thanks\n',
  messageId: 'confirmation.42.x1@followthrough.example',
  inReplyTo: 'CAF=abc@mail.gmail.com',
  references: ['ask.41.x0@followthrough.example', 'CAF=abc@mail.gmail.com'],
  headers: standardHeaders({ unsubscribeUrl: 'https://followthrough.example/u/tok123', unsubscribeMailto: 'unsubscribe+tok123@in.followthrough.example' }),
  ...over,
});
