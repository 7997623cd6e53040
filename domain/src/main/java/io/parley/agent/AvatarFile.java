package io.parley.agent;

/** A stored avatar picture as served: its checked media type, its digest (also its name) and its bytes. */
public record AvatarFile(String mediaType, String extension, String digest, byte[] bytes) {}
