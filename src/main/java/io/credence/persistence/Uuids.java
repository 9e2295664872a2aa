package io.credence.persistence;

import java.nio.ByteBuffer;
import java.util.UUID;

/** UUIDs from native query results, which drivers hand back as UUID, 16 bytes or text. */
public final class Uuids {

    private Uuids() {}

    public static UUID of(Object column) {
        if (column instanceof UUID uuid) {
            return uuid;
        }
        if (column instanceof byte[] bytes && bytes.length == 16) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return UUID.fromString(column.toString());
    }
}
