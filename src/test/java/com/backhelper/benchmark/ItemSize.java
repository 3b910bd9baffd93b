package com.backhelper.benchmark;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** An item's size as DynamoDB counts it (and bills and limits it): names plus values, per the documented rules. */
final class ItemSize {

    private ItemSize() {
    }

    static long of(Map<String, AttributeValue> item) {
        long size = 0;
        for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
            size += utf8(attribute.getKey()) + valueSize(attribute.getValue());
        }
        return size;
    }

    private static long valueSize(AttributeValue value) {
        if (value.s() != null) {
            return utf8(value.s());
        }
        if (value.n() != null) {
            // Up to 38 significant digits, stored two to a byte, plus one byte.
            String digits = new BigDecimal(value.n()).unscaledValue().abs().toString();
            return (digits.length() + 1) / 2 + 1;
        }
        if (value.bool() != null || Boolean.TRUE.equals(value.nul())) {
            return 1;
        }
        if (value.hasL()) {
            // A list: 3 bytes of overhead, and 1 byte per element besides the elements themselves.
            long size = 3;
            for (AttributeValue element : value.l()) {
                size += 1 + valueSize(element);
            }
            return size;
        }
        throw new IllegalArgumentException("an attribute type the progress item does not use: " + value);
    }

    private static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
