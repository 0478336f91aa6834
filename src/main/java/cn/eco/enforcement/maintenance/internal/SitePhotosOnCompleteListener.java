package cn.eco.enforcement.maintenance.internal;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * 现场照片 合格 says the site was photographed: completing 现场巡检 with that answer is refused while
 * the inspection has no photo at all (of any item; a photo of the probe is a photo of the site).
 * Answered 不合格, the missing photos are themselves the finding, so nothing is refused.
 */
@Component
class SitePhotosOnCompleteListener implements TaskListener {

	static final String MESSAGE = "“现场照片”判为合格，但本次巡检尚未上传任何照片：请在「证据材料」页签按检查项上传现场照片后再提交，或将“现场照片”判为不合格并写明原因";

	private final OmInspectionPhotos photos;

	SitePhotosOnCompleteListener(OmInspectionPhotos photos) {
		this.photos = photos;
	}

	@Override
	public void notify(DelegateTask task) {
		long inspectionId = ((Number) task.getVariable("omInspectionId")).longValue();
		if ("PASS".equals(task.getVariable("photosResult")) && !photos.hasPhotos(inspectionId)) {
			throw new BadUserRequestException(MESSAGE);
		}
	}

}
