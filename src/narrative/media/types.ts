// Photos are drawn by the view from this description: no image file, no download.
export type MediaScene =
  | 'selfie' // people in front, a room behind
  | 'bed' // a patient in a bed
  | 'wound' // close-up of skin and a dressing
  | 'document' // a sheet of paper with lines of text
  | 'screenshot' // a phone screenshot of a conversation or post
  | 'poster' // a poster or a slide
  | 'landscape' // a window, a sunrise, a place without people
  | 'object'; // a thing on a table (cakes, coffee, a stethoscope)

export interface MediaItem {
  id: string;
  /** What a screen reader says, and what a player would see: French, factual, respectful. */
  alt: string;
  scene: MediaScene;
  /** What makes a person recognisable in the picture (face, bracelet, room number, name...). */
  identifiers: string[];
  blurred?: boolean;
  cropped?: boolean;
  /** What a sign in the picture reads (a ward's name), drawn above the people. */
  sign?: string;
  /** What the patient's identification bracelet reads, when it is legible in the picture (fictional). */
  bracelet?: string;
  /** A selfie with a patient in bed behind the people, through an open door. */
  patientBehind?: boolean;
}
