package io.github.diamondscore.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Parses the SVG and HTML under test with the JDK's XML parser and finds elements in them. */
final class Xml {

  static final String SVG_NS = "http://www.w3.org/2000/svg";

  private Xml() {}

  /**
   * Parses {@code text} namespace-aware, failing on any error or warning, with DTDs and
   * external entities off (the documents under test need neither).
   */
  static Document parse(String text) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) throws SAXParseException {
          throw e;
        }

        @Override
        public void error(SAXParseException e) throws SAXParseException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
          throw e;
        }
      });
      return builder.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + text, e);
    }
  }

  /** Every element named {@code localName} (any namespace) in document order. */
  static List<Element> elements(Document doc, String localName) {
    NodeList nodes = doc.getElementsByTagNameNS("*", localName);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  /** Every element named {@code localName} whose class attribute lists {@code cssClass}. */
  static List<Element> elements(Document doc, String localName, String cssClass) {
    List<Element> out = new ArrayList<>();
    for (Element e : elements(doc, localName)) {
      if (Arrays.asList(e.getAttribute("class").split(" ")).contains(cssClass)) {
        out.add(e);
      }
    }
    return out;
  }

  /** Every element of the document. */
  static List<Element> allElements(Document doc) {
    return elements(doc, "*");
  }

  /** A numeric attribute. */
  static double num(Element e, String attribute) {
    String value = e.getAttribute(attribute);
    if (value.isEmpty()) {
      throw new AssertionError("<" + e.getTagName() + "> has no attribute " + attribute);
    }
    return Double.parseDouble(value);
  }

  /** The points of a polygon as {x, y} pairs. */
  static double[][] points(Element polygon) {
    String[] pairs = polygon.getAttribute("points").trim().split(" ");
    double[][] out = new double[pairs.length][];
    for (int i = 0; i < pairs.length; i++) {
      String[] xy = pairs[i].split(",");
      out[i] = new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])};
    }
    return out;
  }
}
