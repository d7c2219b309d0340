import type { MediaItem } from './types';

export const GROUPE_WHATSAPP_MEDIA: MediaItem[] = [];
