package se.huddinge.delaktighet.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/** The upload component's own words, in the visitor's language (it ships with English only). */
final class UploadTexts {

    private UploadTexts() {
    }

    static UploadI18N of(Component c) {
        var add = new UploadI18N.AddFiles();
        add.setOne(c.getTranslation("upload.addOne"));
        add.setMany(c.getTranslation("upload.addMany"));
        var drop = new UploadI18N.DropFiles();
        drop.setOne(c.getTranslation("upload.dropOne"));
        drop.setMany(c.getTranslation("upload.dropMany"));
        var error = new UploadI18N.Error();
        error.setTooManyFiles(c.getTranslation("upload.tooMany"));
        error.setFileIsTooBig(c.getTranslation("upload.tooBig"));
        error.setIncorrectFileType(c.getTranslation("upload.wrongType"));
        var file = new UploadI18N.File();
        file.setRemove(c.getTranslation("upload.remove"));
        file.setRetry(c.getTranslation("upload.retry"));
        file.setStart(c.getTranslation("upload.start"));
        var status = new UploadI18N.Uploading.Status();
        status.setConnecting(c.getTranslation("upload.connecting"));
        status.setStalled(c.getTranslation("upload.stalled"));
        status.setProcessing(c.getTranslation("upload.processing"));
        status.setHeld(c.getTranslation("upload.held"));
        var remaining = new UploadI18N.Uploading.RemainingTime();
        remaining.setPrefix(c.getTranslation("upload.remaining"));
        remaining.setUnknown(c.getTranslation("upload.remainingUnknown"));
        var uploadError = new UploadI18N.Uploading.Error();
        uploadError.setServerUnavailable(c.getTranslation("upload.serverUnavailable"));
        uploadError.setUnexpectedServerError(c.getTranslation("upload.serverError"));
        uploadError.setForbidden(c.getTranslation("upload.forbidden"));
        uploadError.setFileTooLarge(c.getTranslation("upload.tooBig"));
        var uploading = new UploadI18N.Uploading();
        uploading.setStatus(status);
        uploading.setRemainingTime(remaining);
        uploading.setError(uploadError);
        var i18n = new UploadI18N();
        i18n.setAddFiles(add);
        i18n.setDropFiles(drop);
        i18n.setError(error);
        i18n.setFile(file);
        i18n.setUploading(uploading);
        return i18n;
    }
}
