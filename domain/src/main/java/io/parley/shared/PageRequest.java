package io.parley.shared;

/** A page to fetch: zero-based page number, page size between 1 and 200. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0) {
            throw DomainException.invalid("request.invalid-page", "page must be 0 or more, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw DomainException.invalid("request.invalid-page", "size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
    }

    public long offset() {
        return (long) page * size;
    }
}
