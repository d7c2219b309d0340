import type { MediaItem } from './types';

export const PHOTOS_PATIENTS_MEDIA: MediaItem[] = [];
