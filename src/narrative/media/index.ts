// Each scenario keeps its photos in its own file so writers never edit the same list.
import { COMMON_MEDIA } from './common';
import { DEMANDE_AMI_MEDIA } from './demande-ami';
import { GROUPE_WHATSAPP_MEDIA } from './groupe-whatsapp';
import { PHOTOS_PATIENTS_MEDIA } from './photos-patients';
import type { MediaItem } from './types';

export type { MediaItem, MediaScene } from './types';

const ALL: MediaItem[] = [...COMMON_MEDIA, ...DEMANDE_AMI_MEDIA, ...GROUPE_WHATSAPP_MEDIA, ...PHOTOS_PATIENTS_MEDIA];
const BY_ID = new Map(ALL.map((m) => [m.id, m]));

export function findMedia(id: string): MediaItem | undefined {
  return BY_ID.get(id);
}

export function allMedia(): readonly MediaItem[] {
  return ALL;
}
