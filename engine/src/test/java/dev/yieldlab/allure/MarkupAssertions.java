package dev.yieldlab.allure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** Checks that generated markup is well-formed and carries no live script or event handler. */
final class MarkupAssertions {

  private MarkupAssertions() {}

  /** Parses {@code xml}; fails the test if it is not well-formed XML. */
  static Document parseXml(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * No element a browser would run or load, however the hostile text was placed: escaped text may
   * say {@code &lt;script}, markup may never open one.
   */
  static void assertNoLiveScript(String markup) {
    assertThat(markup.toLowerCase(java.util.Locale.ROOT)).doesNotContain("<script", "<img", "<iframe", "<object");
  }
}
