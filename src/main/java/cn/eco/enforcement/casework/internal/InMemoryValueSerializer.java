package cn.eco.enforcement.casework.internal;

import java.util.ArrayList;
import java.util.List;

import cn.eco.enforcement.casework.process.InMemoryValues;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

import org.springframework.stereotype.Component;

/**
 * Takes the values of {@link InMemoryValues}: transient object values in their own data format. The
 * engine keeps such a value in its variable instance for the rest of the command; this serializer
 * writes nothing of it, and says it cannot change unseen, so the engine does not serialize it again
 * when the command ends. A value in this data format that the engine would keep (not transient)
 * finds no serializer and is refused; a serialized value in it is treated by the engine like one of
 * any data format it does not know (kept as text, never turned into an object).
 */
@Component
class InMemoryValueSerializer extends AbstractProcessEnginePlugin implements TypedValueSerializer<ObjectValue> {

	@Override
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<TypedValueSerializer> serializers = new ArrayList<>();
		serializers.add(this);
		if (configuration.getCustomPreVariableSerializers() != null) {
			serializers.addAll(configuration.getCustomPreVariableSerializers());
		}
		configuration.setCustomPreVariableSerializers(serializers);
	}

	@Override
	public String getName() {
		return "in-memory";
	}

	@Override
	public ValueType getType() {
		return ValueType.OBJECT;
	}

	@Override
	public String getSerializationDataformat() {
		return InMemoryValues.FORMAT;
	}

	@Override
	public boolean canHandle(TypedValue value) {
		return value instanceof ObjectValue object && object.isTransient() && object.isDeserialized()
				&& InMemoryValues.FORMAT.equals(object.getSerializationDataFormat());
	}

	@Override
	public void writeValue(ObjectValue value, ValueFields fields) {
		if (!canHandle(value)) {
			throw new ProcessEngineException("Variable '" + fields.getName() + "' cannot be kept in memory only: "
					+ "it must be a transient, deserialized object value");
		}
	}

	@Override
	public ObjectValue readValue(ValueFields fields, boolean deserialize, boolean asTransientValue) {
		throw new ProcessEngineException("Variable '" + fields.getName()
				+ "' lived only in memory during the command that set it and cannot be read back");
	}

	@Override
	public ObjectValue convertToTypedValue(UntypedValueImpl untyped) {
		return InMemoryValues.of(untyped.getValue());
	}

	@Override
	public boolean isMutableValue(ObjectValue value) {
		return false;
	}

}
