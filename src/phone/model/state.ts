// Pure state of the mock phone: what every app holds, rebuilt from the story's steps.
// No Phaser, no DOM: the scene draws it and Node tests check it.
import type { AppId, Audience, PostStep, ScreenId } from '../../narrative/types';

export interface ChatMessage {
  kind: 'message';
  seq: number;
  from: string;
  text: string;
  photo: string | null;
  time: string | null;
  date: string | null;
}

export interface ChatSystemLine {
  kind: 'system';
  seq: number;
  text: string;
  time: string | null;
  date: string | null;
}

export type ChatItem = ChatMessage | ChatSystemLine;

export interface Thread {
  id: string;
  app: AppId;
  title: string;
  members: string[];
  /** More than two people can read it: shown with sender names and « Qui peut lire ? ». */
  group: boolean;
  items: ChatItem[];
  unread: number;
  /** The player left the group: no more replies. */
  left: boolean;
  /** seq of the last activity, to sort the thread list. */
  last: number;
}

export interface Banner {
  seq: number;
  app: AppId;
  from: string | null;
  text: string;
  time: string | null;
  /** The conversation of a message's banner: opening it answers the banner. */
  thread?: string;
}

export interface Comment {
  from: string;
  text: string;
  time: string | null;
}

/** A post as the story gave it, with the comments that arrived under it since. */
export interface Post extends Omit<PostStep, 'kind'> {
  comments: Comment[];
}

export type RequestStatus = 'pending' | 'accepted' | 'declined' | 'ignored';

export interface FriendRequest {
  from: string;
  text: string;
  status: RequestStatus;
  time: string | null;
}

export interface Mail {
  seq: number;
  from: string;
  subject: string;
  text: string;
  time: string | null;
  date: string | null;
  read: boolean;
}

export interface CallLine {
  /** Who speaks: the caller, or the player (`moi`). */
  from: string;
  text: string;
}

export interface Call {
  /** The caller: stays the same when the player speaks. */
  from: string;
  lines: CallLine[];
  /** Ringing before the first line is heard, then the conversation, then hung up. */
  state: 'ringing' | 'active' | 'ended';
  time: string | null;
}

export interface Shot {
  photo: string;
  text: string;
  time: string | null;
}

export interface PhoneState {
  seq: number;
  screen: ScreenId;
  /** The conversation open in the chat (or social) app, null for the list. */
  thread: string | null;
  /** The mail open in the mail app, by seq; null shows the inbox. */
  mail: number | null;
  /** The Cercle profile open (the player's `moi`, or a visitor's id); null shows the feed. */
  profile: string | null;
  /**
   * Cercle's « Messages » list (its direct-message threads) is open. It lies over the page the
   * player was on (`profile`, or the feed), which back returns to.
   */
  messages: boolean;
  /** The gallery photo open full-size, as an index in `shots`; null shows the grid. */
  photo: number | null;
  time: string | null;
  date: string | null;
  names: Record<string, string>;
  /** What the story's header says of each contact (`# contact: id; Name; description`), by id. */
  about: Record<string, string>;
  threads: Record<string, Thread>;
  banners: Banner[];
  /** Notifications not yet seen, per app (cleared when the app opens). */
  pending: Partial<Record<AppId, number>>;
  posts: Post[];
  requests: FriendRequest[];
  mails: Mail[];
  call: Call | null;
  shots: Shot[];
  /**
   * The camera's viewfinder still shows the photo just taken (`shots[0]`). Any other screen, or a
   * time skip, puts the camera back to a live view: a later scene never opens on an old photo.
   */
  finder?: boolean;
  /** The last time skip, shown as a lock-screen transition. */
  skip: { seq: number; text: string } | null;
  narration: string | null;
}
