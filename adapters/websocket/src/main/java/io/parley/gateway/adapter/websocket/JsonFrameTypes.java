package io.parley.gateway.adapter.websocket;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Holds a JSON frame to the types of its schema before protobuf's parser reads it, which is lenient where a client's
 * mistake must not pass: it reads {@code ["x"]} or {@code 12} as the string {@code "x"} or {@code "12"}, {@code "true"}
 * as a bool, and an enum name it does not know as the enum's default (an agent's {@code "kind":"NOTE"} would be stored
 * as a text the visitor sees). Here a string field takes a JSON string, a bool field a JSON bool, a number field a
 * number or a string (64-bit integers travel as strings), an enum a name or a number, a message an object; anything
 * else is a malformed frame. An enum name the schema does not know becomes a number no value has, so the frame's
 * handler refuses it with its own code ({@code message.invalid-kind}, {@code presence.invalid-status}), as it refuses
 * an unknown number on {@code parley.v1.proto}. Unknown fields stay ignored. {@code null} means the default, as in
 * protobuf's JSON mapping.
 */
final class JsonFrameTypes {

    /** No enum of the schema has this number. */
    static final int UNKNOWN_ENUM_NUMBER = Integer.MIN_VALUE;

    private static final Map<Descriptor, Map<String, FieldDescriptor>> FIELDS = new ConcurrentHashMap<>();

    private JsonFrameTypes() {}

    /**
     * Checks {@code frame} against {@code type}, replacing unknown enum names in place.
     *
     * @return whether anything was replaced
     * @throws MalformedFrameException naming the first field of the wrong type
     */
    static boolean check(JsonObject frame, Descriptor type) {
        return message(frame, type, "");
    }

    /** The frame's request id when it has one that can be echoed: a string, or a number written for one. */
    static String requestId(JsonObject frame) {
        JsonElement id = frame.has("requestId") ? frame.get("requestId") : frame.get("request_id");
        if (id instanceof JsonPrimitive p && (p.isString() || p.isNumber())) {
            return p.getAsString();
        }
        return "";
    }

    private static boolean message(JsonObject object, Descriptor type, String path) {
        Map<String, FieldDescriptor> fields = FIELDS.computeIfAbsent(type, JsonFrameTypes::fieldsByName);
        boolean replaced = false;
        for (var entry : object.entrySet()) {
            FieldDescriptor field = fields.get(entry.getKey());
            JsonElement value = entry.getValue();
            if (field == null || value.isJsonNull()) {
                continue;
            }
            String name = path + field.getJsonName();
            if (field.isMapField()) {
                throw new MalformedFrameException(name + " is not a field a client sends");
            }
            if (field.isRepeated()) {
                if (!(value instanceof JsonArray array)) {
                    throw wrongType(name, "a list");
                }
                for (int i = 0; i < array.size(); i++) {
                    JsonElement replacement = single(array.get(i), field, name + "[" + i + "]");
                    if (replacement != null) {
                        array.set(i, replacement);
                        replaced = true;
                    }
                }
                continue;
            }
            if (value instanceof JsonObject nested && field.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
                replaced |= message(nested, field.getMessageType(), name + ".");
                continue;
            }
            JsonElement replacement = single(value, field, name);
            if (replacement != null) {
                entry.setValue(replacement);
                replaced = true;
            }
        }
        return replaced;
    }

    /** @return a replacement for an unknown enum name, null when the value stays */
    private static @Nullable JsonElement single(JsonElement value, FieldDescriptor field, String name) {
        switch (field.getJavaType()) {
            case STRING -> require(isString(value), name, "a string");
            case BYTE_STRING -> require(isString(value), name, "a base64 string");
            case BOOLEAN -> require(value instanceof JsonPrimitive p && p.isBoolean(), name, "true or false");
            case INT, LONG, FLOAT, DOUBLE -> require(value instanceof JsonPrimitive p && (p.isNumber() || p.isString()),
                    name, "a number");
            case ENUM -> {
                if (value instanceof JsonPrimitive p && p.isNumber()) {
                    try {
                        p.getAsBigDecimal().intValueExact();
                        return null;
                    } catch (ArithmeticException | NumberFormatException e) {
                        throw wrongType(name, "the name or number of a value");
                    }
                }
                require(isString(value), name, "the name of a value");
                EnumDescriptor type = field.getEnumType();
                return type.findValueByName(value.getAsString()) == null ? new JsonPrimitive(UNKNOWN_ENUM_NUMBER)
                        : null;
            }
            case MESSAGE -> {
                if (!(value instanceof JsonObject nested)) {
                    throw wrongType(name, "an object");
                }
                return message(nested, field.getMessageType(), name + ".") ? nested : null;
            }
        }
        return null;
    }

    private static boolean isString(JsonElement value) {
        return value instanceof JsonPrimitive p && p.isString();
    }

    private static void require(boolean ok, String name, String expected) {
        if (!ok) {
            throw wrongType(name, expected);
        }
    }

    private static MalformedFrameException wrongType(String name, String expected) {
        return new MalformedFrameException(name + " must be " + expected);
    }

    /** Both spellings a client may use: the JSON name (lowerCamelCase) and the name in the .proto. */
    private static Map<String, FieldDescriptor> fieldsByName(Descriptor type) {
        var fields = new HashMap<String, FieldDescriptor>();
        for (FieldDescriptor field : type.getFields()) {
            fields.put(field.getName(), field);
            fields.put(field.getJsonName(), field);
        }
        return Map.copyOf(fields);
    }
}
