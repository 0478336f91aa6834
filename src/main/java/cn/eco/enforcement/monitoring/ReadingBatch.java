package cn.eco.enforcement.monitoring;

import java.util.List;

/** Readings from one device, with the device's credentials, from HJ 212 or HTTP. */
public record ReadingBatch(String mn, String password, List<Reading> readings) {
}
