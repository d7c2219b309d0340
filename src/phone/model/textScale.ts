// How large the phone draws its text, from the page's body size and the phone's width on screen:
// pure (no Phaser), shared by the game's page and the projector.

/** Chat text in phone units (the messaging app's bubbles). */
const CHAT_TEXT_UNITS = 15;
/** The phone is laid out 360 units wide, whatever its size on screen. */
const PHONE_UNITS_WIDE = 360;

/**
 * Text scale of the phone so its message text is as large as the page's body text, within the
 * 100–200 % the phone's layouts are made for.
 */
export function phoneTextScale(bodyPx: number, screenCssWidth: number): number {
  if (!(screenCssWidth > 0) || !(bodyPx > 0)) return 1;
  const unitPx = screenCssWidth / PHONE_UNITS_WIDE;
  return Math.min(2, Math.max(1, Math.round((bodyPx / (CHAT_TEXT_UNITS * unitPx)) * 20) / 20));
}

/**
 * The game page's phone: the player's « Taille du texte », raised when the phone is drawn smaller
 * than a 360 px phone (a laptop's 720 px height gives a ~330 px screen, whose messages were ~12 px
 * beside 15 px page text), never above 200 %.
 */
export function soloPhoneTextScale(setting: number, bodyPx: number, screenCssWidth: number): number {
  return Math.min(2, Math.max(setting, phoneTextScale(bodyPx, screenCssWidth)));
}
