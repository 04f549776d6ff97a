package se.huddinge.delaktighet.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.huddinge.delaktighet.base.form.FieldError;
import se.huddinge.delaktighet.base.form.Reason;
import se.huddinge.delaktighet.proposal.ProposalForm;
import se.huddinge.delaktighet.proposal.ProposalFormField;
import se.huddinge.delaktighet.proposal.ProposalRules;

/**
 * The submit form's attachments: what arrived, and what was refused. A file the browser, the upload limit
 * ({@link UploadLimit}) or the count refused stays listed as refused until the resident removes it, and the form is
 * not sent while one is, so no file is ever dropped without the resident knowing. At most
 * {@link ProposalRules#maxAttachments()} files are kept in the session, each at most the size limit.
 */
class AttachmentUpload {

    private final Component owner;
    private final ProposalRules rules;
    private final Upload upload;
    private final Span error = new Span();
    private final List<ProposalForm.NewAttachment> files = new ArrayList<>();
    private final Set<String> refused = new LinkedHashSet<>();

    AttachmentUpload(Component owner, ProposalRules rules) {
        this.owner = owner;
        this.rules = rules;
        upload = new Upload(UploadHandler.inMemory((meta, data) -> owner.getUI().ifPresent(ui -> ui.access(() ->
                arrived(meta.fileName(), data)))));
        upload.setI18n(UploadTexts.of(owner));
        upload.setMaxFiles(rules.maxAttachments());
        upload.setMaxFileSize((int) rules.maxAttachmentBytes());
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf",
                ".png", ".jpg", ".jpeg", ".gif", ".webp", ".pdf");
        upload.addFileRejectedListener(e -> show(owner.getTranslation(FieldError.key(ProposalFormField.ATTACHMENTS, Reason.TOO_LARGE), megabytes())));
        // refused on the way (the upload limit answers 413, the connection broke): the browser says so, and so do we
        upload.getElement().addEventListener("upload-error", e -> {
            var name = e.getEventData().get("event.detail.file.name");
            refuse(name == null || name.isNull() ? "?" : name.asString(), "upload.refused");
        }).addEventData("event.detail.file.name");
        upload.addFileRemovedListener(e -> {
            files.removeIf(f -> f.fileName().equals(e.getFileName()));
            refused.remove(e.getFileName());
            if (refused.isEmpty()) {
                error.setText("");
            }
        });
        upload.getElement().setAttribute("aria-label", owner.getTranslation("submit.field.attachments"));
        error.addClassName("field-error");
        error.setId("attachments-error");
    }

    private void arrived(String fileName, byte[] data) {
        // arrived after all (the resident pressed "try again"): no longer refused
        refused.remove(fileName);
        if (files.size() >= rules.maxAttachments()) {
            refuse(fileName, "upload.refusedTooMany");
        } else {
            files.add(new ProposalForm.NewAttachment(fileName, data));
        }
    }

    private void refuse(String fileName, String key) {
        refused.add(fileName);
        show(owner.getTranslation(key, fileName, key.endsWith("TooMany") ? rules.maxAttachments() : megabytes()));
    }

    /** Whether the form may be sent: not while a refused file is listed (its message is then shown again). */
    boolean readyToSend() {
        if (refused.isEmpty()) {
            return true;
        }
        refuse(refused.iterator().next(), "upload.refused");
        return false;
    }

    List<ProposalForm.NewAttachment> files() {
        return List.copyOf(files);
    }

    Upload component() {
        return upload;
    }

    Span error() {
        return error;
    }

    void show(String message) {
        error.setText(message);
    }

    private long megabytes() {
        return rules.maxAttachmentBytes() / (1024 * 1024);
    }
}
