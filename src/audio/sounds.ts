// The sound files (made by tools/make-sounds.ts). Vite turns each import into a hashed URL.
import messageReceived from '../../assets/sounds/message-received.wav?url';
import messageSent from '../../assets/sounds/message-sent.wav?url';
import notification from '../../assets/sounds/notification.wav?url';
import ringtone from '../../assets/sounds/ringtone.wav?url';
import sanction from '../../assets/sounds/sanction.wav?url';
import typing from '../../assets/sounds/typing.wav?url';

export const SOUND_URLS = {
  notification,
  'message-sent': messageSent,
  'message-received': messageReceived,
  typing,
  ringtone,
  sanction,
} as const;

export type SoundId = keyof typeof SOUND_URLS;
