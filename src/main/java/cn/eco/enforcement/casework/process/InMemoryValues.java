package cn.eco.enforcement.casework.process;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;

/**
 * Objects handed from one step of a transaction to the next as transient process variables (the
 * stored alarm, the plan just made). A transient variable is never written, yet the engine would
 * still serialize an object value to JSON when it is set and again when the command ends (to see
 * whether it changed), about 6 % of an alarm's CPU for two objects nobody reads back. Values made
 * here carry a data format of their own, which only the in-memory serializer
 * ({@code casework.internal.InMemoryValueSerializer}) takes: it keeps the object and writes nothing.
 */
public final class InMemoryValues {

	/** The serialization data format of an in-memory value: no serialized form exists. */
	public static final String FORMAT = "application/x-enforcement-in-memory";

	private InMemoryValues() {
	}

	/** A transient object value that lives only in the engine's memory for the rest of the command. */
	public static ObjectValue of(Object value) {
		return Variables.objectValue(value, true).serializationDataFormat(FORMAT).create();
	}

}
