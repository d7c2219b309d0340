import type { MediaItem } from './types';

export const DEMANDE_AMI_MEDIA: MediaItem[] = [];
