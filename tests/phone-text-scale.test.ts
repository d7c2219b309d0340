// The game page's phone text follows the page's body text: a phone drawn smaller than a 360 px
// phone (a laptop) raises its text, a larger one keeps the player's setting.
import { describe, expect, it } from 'vitest';
import { soloPhoneTextScale } from '../src/phone/model/textScale';

describe('the solo phone\'s text scale', () => {
  it('raises the text of a phone drawn narrower than 360 px to the page\'s body size', () => {
    // 1280×720 before the fix: a 300 px screen drew 15-unit messages at 12.5 px beside 15 px text.
    expect(soloPhoneTextScale(1, 15, 300)).toBeCloseTo(1.2, 2);
    // A 360 px phone is the size the phone is laid out for: the setting as it is.
    expect(soloPhoneTextScale(1, 15, 360)).toBe(1);
    expect(soloPhoneTextScale(1.5, 22.5, 360)).toBe(1.5);
  });

  it('never lowers the player\'s setting, never goes past the 200 % the layouts are made for', () => {
    // 1920×1080: a large phone, the player's 200 % kept.
    expect(soloPhoneTextScale(2, 34, 545)).toBe(2);
    expect(soloPhoneTextScale(1, 17, 545)).toBe(1);
    // 200 % text on a laptop: capped.
    expect(soloPhoneTextScale(2, 30, 300)).toBe(2);
  });
});
