package cn.eco.enforcement.casework;

/** A case lead has waited for its filing decision (立案审批) beyond the deadline. */
public record FilingApprovalOverdue(long caseId, String caseNumber, String enterpriseName, String summary) {
}
