package se.huddinge.delaktighet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;

/** The portal's grey background reaches the footer on pages longer than the window, not only the first screen. */
class PageBackgroundIT extends BrowserTest {

    /** {@code --portal-bg} in portal.css. */
    private static final int PORTAL_BACKGROUND = 0xf5f6f7;

    @Test
    void the_background_of_the_long_submit_form_is_grey_down_to_the_footer() throws IOException {
        open("forslag/nytt");
        long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
        long window = ((Number) driver.executeScript("return window.innerHeight")).longValue();
        assertThat(height).as("the page is longer than the window").isGreaterThan(window + 200);

        driver.executeScript("window.scrollTo(0, document.documentElement.scrollHeight)");
        // just above the footer, beside the centred content: only the page's own background is painted there
        long footerTop = ((Number) driver.executeScript(
                "return Math.floor(document.querySelector('footer').getBoundingClientRect().top)")).longValue();
        assertThat(footerTop).as("the footer is in view").isBetween(20L, window);

        BufferedImage shot = ImageIO.read(new ByteArrayInputStream(driver.getScreenshotAs(OutputType.BYTES)));
        double scale = shot.getWidth() / ((Number) driver.executeScript("return window.innerWidth")).doubleValue();
        int rgb = shot.getRGB((int) (8 * scale), (int) ((footerTop - 10) * scale)) & 0xffffff;
        assertThat(Integer.toHexString(rgb)).as("the colour below the first screen")
                .isEqualTo(Integer.toHexString(PORTAL_BACKGROUND));
    }
}
