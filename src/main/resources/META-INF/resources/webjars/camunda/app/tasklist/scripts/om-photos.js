// The 「证据材料」 tab's O&M mode (巡检照片): on the tasks of a third-party O&M inspection it shows the
// inspection's photos per checklist item (采样探头及伴热管线 … 现场照片) instead of an alarm's evidence.
// * 现场巡检: whoever works the task (the company's inspector who claimed it, or anyone of the company
//   while it is unclaimed) adds photos to each item: 拍照 opens the phone's camera, 从相册选择 takes
//   several at once; they upload with progress to POST /api/om-inspection/inspections/{id}/items/{item}/photos
//   and show as thumbnails under their item. 现场照片 合格 needs at least one photo of the inspection.
// * A finding's tasks (整改, 核查, 中队跟踪) show the photos read-only; the server decides what this
//   person reads (a firm's account only the items that became its findings).
import {
  element, getJson, itemNode, works, staffNames, pickers, uploadWithProgress
} from './evidence-common.js';

const OM_STYLE = `
.bureau-evidence-tab .om-photo-item { border-top: 1px solid #eee; padding: 8px 0; }
.bureau-evidence-tab .om-photo-item h5 { font-weight: bold; margin: 4px 0; }
`;

export default class OmPhotos {
  constructor(root, api, taskId, inspectionId, findingTask) {
    this.root = root;
    this.api = api;
    this.taskId = taskId;
    this.inspectionId = inspectionId;
    this.findingTask = findingTask;
    this.sections = {};
  }

  photosUrl() {
    return `/api/om-inspection/inspections/${encodeURIComponent(this.inspectionId)}/photos`;
  }

  async start() {
    this.root.appendChild(element('style', {}, OM_STYLE));
    this.root.appendChild(element('h4', { class: 'om-photos-title' }, `巡检照片（巡检 OM-${this.inspectionId}）`));
    const status = element('p', { class: 'text-muted evidence-status' }, '正在读取巡检照片…');
    this.root.appendChild(status);
    try {
      this.mayAdd = !this.findingTask && await works(this.api, this.taskId);
      this.people = await staffNames();
      const items = await getJson(this.photosUrl());
      status.textContent = this.mayAdd
        ? '请在各检查项下拍照或从相册选择照片（可一次选择多张，照片不超过 20 MB）；上传后记录哈希值、拍摄时间和位置。“现场照片”判为合格时本次巡检须至少有一张照片。'
        : (items.length ? '巡检人员在各检查项下拍摄的照片：' : '没有可查看的巡检照片。');
      items.forEach(item => this.root.appendChild(this.section(item)));
    } catch (failure) {
      status.textContent = '';
      this.root.appendChild(element('p', { class: 'text-danger evidence-error' }, `巡检照片读取失败：${failure.message}`));
    }
  }

  section(item) {
    const box = element('div', { class: 'om-photo-item', 'data-item': item.item });
    const heading = element('h5', {}, item.label);
    const progress = element('div', { class: 'evidence-progress' });
    const error = element('p', { class: 'text-danger evidence-error' });
    const list = element('ul', { class: 'evidence-list' });
    box.append(heading);
    if (this.mayAdd) {
      box.appendChild(pickers(files => this.upload(item, files), `omPhotos-${item.item}-`, ['camera', 'files']));
    }
    box.append(progress, error, list);
    this.sections[item.item] = { item, heading, progress, error, list };
    this.show(item);
    return box;
  }

  show(item) {
    const section = this.sections[item.item];
    section.heading.textContent = `${item.label}（${item.photos.length} 张）`;
    section.list.replaceChildren(...item.photos.map(photo => itemNode(`${this.photosUrl()}/${photo.id}`, photo, this.people)));
  }

  async upload(item, files) {
    if (!files || !files.length) return;
    const section = this.sections[item.item];
    section.error.textContent = '';
    const url = `/api/om-inspection/inspections/${encodeURIComponent(this.inspectionId)}/items/${encodeURIComponent(item.item)}/photos`;
    const refused = await uploadWithProgress(url, files, section.progress);
    if (refused) {
      section.error.textContent = `上传失败：${refused}`;
      return;
    }
    try {
      const items = await getJson(this.photosUrl());
      items.forEach(fresh => this.sections[fresh.item] && this.show(fresh));
    } catch (failure) {
      section.error.textContent = `巡检照片读取失败：${failure.message}`;
    }
  }
}
