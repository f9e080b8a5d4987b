package scot.cairn.platform.pdf;

import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** A {@link PdfRenderer} without a Spring context, for benchmarks: the same templates, SpEL expressions included. */
public final class StandalonePdfRenderer {

    private StandalonePdfRenderer() {}

    public static PdfRenderer create() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return new PdfRenderer(engine);
    }
}
