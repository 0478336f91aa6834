package cn.eco.enforcement.supervision;

import java.util.List;

/**
 * How often a monitoring system is inspected by the third party: the shortest interval any rule
 * proposed, with the reasons of the rules that proposed it.
 */
public record OmFrequency(int months, List<String> reasons) {

	public OmFrequency {
		reasons = List.copyOf(reasons);
	}

}
