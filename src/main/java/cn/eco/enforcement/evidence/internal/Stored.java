package cn.eco.enforcement.evidence.internal;

/** A file as it was put into the store: what it is, by its content. */
record Stored(String sha256, long size, String contentType, JpegExif.Exif exif) {
}
