package se.huddinge.delaktighet.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

class PagesAreNotFilesTest {

    @ParameterizedTest
    @CsvSource({
            "/forslag/HF-2026-0001, true",
            "/stod/bekrafta/AbC-123_xyz, true",
            "/, true",
            "/granskning/nomineringar, true",
            "/styles/portal.css, false",
            "/VAADIN/build/indexhtml-abc.js, false",
            "/VAADIN/dynamic/resource/0/1/file, false",
            "/favicon.ico, false",
            "/robots.txt, false"
    })
    void a_path_is_a_page_unless_its_last_segment_has_a_dot_or_it_is_under_vaadin(String path, boolean page) {
        var request = new MockHttpServletRequest("GET", path);
        request.setServletPath("");
        request.setPathInfo(path);

        assertThat(PagesAreNotFiles.isPage(request)).isEqualTo(page);
    }

    @Test
    void it_is_off_when_switched_off_or_on_a_vaadin_minor_version_it_was_not_written_for() {
        assertThat(new PagesAreNotFiles(new FrameworkSettings(false)).isOn()).isFalse();
        assertThat(VaadinVersion.writtenFor(PagesAreNotFiles.WRITTEN_FOR, "this test")).isTrue();
        assertThat(VaadinVersion.writtenFor("24.9", "this test")).isFalse();
        assertThat(VaadinVersion.running()).isEqualTo(PagesAreNotFiles.WRITTEN_FOR);
    }
}
