package cn.eco.enforcement.supervision;

/** A treatment facility serves (treats the emissions of) a production facility. */
public record FacilityLink(String treatmentCode, String productionCode) {
}
