// The apps drawn with code fetched after the phone itself (issue 17: bytes to the first story
// choice). Two of the five stories show only Cercle's feed on the lock screen's heels before their
// first choice: the home screen, the conversations, the mails, the calls, the camera and the photos
// (../draw/photos.ts) come in one chunk of their own,
// requested when a screen first needs one of them or, at the latest, once the first choice takes input
// and the browser is idle (PhoneScene.prefetchApps), long before the player can open them.
export { drawCall } from './CallScreen';
export { drawCamera, drawGallery } from './CameraApp';
export { drawChat } from './ChatApp';
export { drawHome } from './HomeScreen';
export { drawPhoto } from '../draw/photo';
export { drawMail } from './MailApp';
