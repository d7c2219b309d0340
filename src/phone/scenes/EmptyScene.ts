// A scene that draws nothing: the bench's baseline for frame times in the same browser run.
import Phaser from '../phaser';

export class EmptyScene extends Phaser.Scene {
  constructor() {
    super('EmptyScene');
  }
}
