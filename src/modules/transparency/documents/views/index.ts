// The documents' components for colleagues' pages (scratch/transparency-documents-api.md): the public list on the
// request's page and the officials' panel on its workspace.
export { RequestDocuments, type RequestDocumentsProps } from './request-documents.js';
export { DocumentsPanel, type DocumentsPanelProps, type UploadFormState } from './documents-panel.js';
