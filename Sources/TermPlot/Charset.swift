/// Which characters a plot may use: plain ASCII (the default, copies into any file) or
/// Unicode (braille dots for lines, block elements for bars and images, box drawing for axes).
public enum Charset: Sendable { case ascii, unicode }
