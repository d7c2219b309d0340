// The emoji the stories and the interface use, each mapped to one of the project's own icons
// (drawn in src/ui/emoji/icons.ts for the page) and to a plain symbol the system fonts draw (for the
// phone's canvas text when the machine has no emoji font). Pure data: no DOM, no Phaser.
// A new emoji in a story fails tests/emoji-icons.test.ts until it is given an icon here.

export type IconName =
  | 'smile' | 'wink' | 'laugh' | 'love' | 'sad' | 'shock' | 'annoyed' | 'hush' | 'sleep' | 'cool'
  | 'heart' | 'thumb' | 'pray' | 'star' | 'eyes' | 'down' | 'drink' | 'food' | 'care' | 'music'
  | 'sun' | 'link' | 'check' | 'card' | 'shrug';

export interface EmojiIcon {
  icon: IconName;
  /** Read by screen readers in place of the picture (French). */
  label: string;
  /** Fill colour of a heart (the story's 💙 is not its 💛). */
  color?: string;
}

/** A symbol for each icon that ordinary system fonts (DejaVu, Liberation, Segoe) can draw. */
export const ICON_SYMBOL: Record<IconName, string> = {
  smile: '☺', wink: '☺', laugh: '☺', love: '♥', sad: '☹', shock: '☹', annoyed: '☹', hush: '☹', sleep: '☹', cool: '☺',
  heart: '♥', thumb: '✓', pray: '♥', star: '★', eyes: '◉', down: '↓', drink: '☕', food: '●', care: '✚', music: '♪',
  sun: '☀', link: '∞', check: '✓', card: '♠', shrug: '~',
};

const E = (icon: IconName, label: string, color?: string): EmojiIcon => ({ icon, label, ...(color ? { color } : {}) });

/** Keyed by the emoji without its variation selector (U+FE0F). */
export const EMOJI_ICONS: Record<string, EmojiIcon> = {
  '🙂': E('smile', 'sourire'), '😊': E('smile', 'sourire'), '😄': E('laugh', 'grand sourire'), '😁': E('laugh', 'grand sourire'),
  '😀': E('laugh', 'grand sourire'), '😃': E('laugh', 'grand sourire'), '😆': E('laugh', 'rire'), '😇': E('smile', 'sourire innocent'),
  '🤗': E('smile', 'câlin'), '☺': E('smile', 'sourire'), '😉': E('wink', 'clin d’œil'), '😏': E('wink', 'sourire en coin'),
  '😝': E('wink', 'langue tirée'), '😂': E('laugh', 'rire aux larmes'), '😅': E('laugh', 'rire gêné'), '😍': E('love', 'yeux en cœur'),
  '🥰': E('love', 'visage amoureux'), '😘': E('love', 'bisou'), '😎': E('cool', 'lunettes de soleil'),
  '😢': E('sad', 'larme'), '😩': E('sad', 'épuisé'), '😞': E('sad', 'déçu'), '😔': E('sad', 'pensif'), '😕': E('sad', 'perplexe'),
  '😟': E('sad', 'inquiet'), '🥺': E('sad', 'supplication'), '😭': E('sad', 'sanglots'), '☹': E('sad', 'triste'), '🙁': E('sad', 'triste'),
  '😰': E('shock', 'anxieux'), '😨': E('shock', 'effrayé'), '😱': E('shock', 'cri d’effroi'), '😳': E('shock', 'rougissant'),
  '😬': E('shock', 'grimace'), '😵': E('shock', 'étourdi'), '😡': E('annoyed', 'en colère'), '😤': E('annoyed', 'agacé'),
  '🙄': E('annoyed', 'yeux au ciel'), '🤐': E('hush', 'bouche cousue'), '🤫': E('hush', 'chut'), '😴': E('sleep', 'endormi'),
  '💤': E('sleep', 'sommeil'),
  '❤': E('heart', 'cœur', '#e11d48'), '♥': E('heart', 'cœur', '#e11d48'), '💙': E('heart', 'cœur bleu', '#2563eb'),
  '💛': E('heart', 'cœur jaune', '#eab308'), '💚': E('heart', 'cœur vert', '#16a34a'), '💜': E('heart', 'cœur violet', '#7c3aed'),
  '🧡': E('heart', 'cœur orange', '#ea580c'), '🤍': E('heart', 'cœur blanc', '#f8fafc'), '💕': E('heart', 'cœurs', '#ec4899'),
  '💖': E('heart', 'cœur étincelant', '#ec4899'), '💗': E('heart', 'cœur', '#ec4899'),
  '👍': E('thumb', 'pouce levé'), '👏': E('thumb', 'applaudissements'), '🤝': E('thumb', 'poignée de main'), '💪': E('thumb', 'biceps'),
  '🫡': E('thumb', 'salut'), '👋': E('thumb', 'coucou'), '🙏': E('pray', 'merci'), '🤷': E('shrug', 'haussement d’épaules'),
  '⭐': E('star', 'étoile'), '🌟': E('star', 'étoile'), '✨': E('star', 'étincelles'), '💫': E('star', 'étoiles'), '🎉': E('star', 'fête'),
  '👀': E('eyes', 'regard'), '👇': E('down', 'vers le bas'),
  '🍷': E('drink', 'verre de vin'), '🍹': E('drink', 'cocktail'), '🍻': E('drink', 'trinquer'), '☕': E('drink', 'café'),
  '🥐': E('food', 'croissant'), '🍝': E('food', 'pâtes'), '🍿': E('food', 'pop-corn'),
  '🩺': E('care', 'stéthoscope'), '🩹': E('care', 'pansement'), '💉': E('care', 'seringue'), '🧠': E('care', 'cerveau'),
  '🎸': E('music', 'guitare'), '☀': E('sun', 'soleil'), '🌅': E('sun', 'lever de soleil'), '🔗': E('link', 'lien'),
  '✅': E('check', 'coche'), '✔': E('check', 'coche'), '🃏': E('card', 'carte à jouer'),
};

/**
 * An emoji as it reaches text: a pictograph shown as emoji by default, or any pictograph asked to be
 * one (U+FE0F), with its skin tones and joins, or a flag; plus the few text-style faces and hearts
 * the stories use as emoji. (© or ↩ are pictographs too, but typography, not emoji.)
 */
export const EMOJI_RE = /(?:\p{Regional_Indicator}{2}|(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|[☺☹♥❤✔☀])(?:\uFE0F|\p{Emoji_Modifier})*(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})*)*)/gu;

/** The icon of an emoji cluster, or null when it has none (a new emoji nobody mapped yet). */
export function emojiIcon(cluster: string): EmojiIcon | null {
  const bare = cluster.replace(/[\uFE0F\u200D]|\p{Emoji_Modifier}/gu, '');
  return EMOJI_ICONS[bare] ?? EMOJI_ICONS[[...bare][0] ?? ''] ?? null;
}
