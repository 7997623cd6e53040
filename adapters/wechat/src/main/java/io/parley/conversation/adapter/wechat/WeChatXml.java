package io.parley.conversation.adapter.wechat;

import io.parley.shared.DomainException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * WeChat's callback XML ({@code <xml><ToUserName>…</ToUserName>…</xml>}) as the text of the root's child elements,
 * by name. No DTD is read and no entity is expanded: a body that declares a doctype is refused.
 */
final class WeChatXml {

    static final String MALFORMED = "wechat.malformed-xml";
    private static final DocumentBuilderFactory FACTORY = factory();

    private WeChatXml() {}

    static Map<String, String> fields(String xml) {
        Element root;
        try {
            DocumentBuilder builder = FACTORY.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // no printing: a malformed body is refused
            root = builder.parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (SAXException | java.io.IOException | ParserConfigurationException e) {
            throw malformed();
        }
        if (root == null || !root.getTagName().equals("xml")) {
            throw malformed();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                fields.putIfAbsent(element.getTagName(), element.getTextContent().strip());
            }
        }
        return fields;
    }

    private static DomainException malformed() {
        return DomainException.invalid(MALFORMED, "the body is not WeChat's callback XML");
    }

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be made safe", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        return factory;
    }
}
