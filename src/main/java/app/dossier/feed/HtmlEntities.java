package app.dossier.feed;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Entities;

/**
 * The HTML named character references, as the XML parser's predeclared entities: feeds write
 * {@code &nbsp;} and {@code &eacute;} without declaring them. Immutable; any thread.
 */
final class HtmlEntities {

    /** HTML 4's named references (the set feeds use) but the four XML has already; jsoup supplies the values. */
    private static final String[] NAMES = (
            "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 "
            + "acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde "
            + "Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute "
            + "Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde "
            + "auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute "
            + "ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml fnof Alpha Beta Gamma Delta "
            + "Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho Sigma Tau Upsilon Phi Chi Psi Omega "
            + "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma "
            + "tau upsilon phi chi psi omega thetasym upsih piv bull hellip prime Prime oline frasl weierp image real "
            + "trade alefsym larr uarr rarr darr harr crarr lArr uArr rArr dArr hArr forall part exist empty nabla "
            + "isin notin ni prod sum minus lowast radic prop infin ang and or cap cup int there4 sim cong asymp ne "
            + "equiv le ge sub sup nsub sube supe oplus otimes perp sdot lceil rceil lfloor rfloor lang rang loz "
            + "spades clubs hearts diams OElig oelig Scaron scaron Yuml circ tilde ensp emsp thinsp zwnj zwj lrm rlm "
            + "ndash mdash lsquo rsquo sbquo ldquo rdquo bdquo dagger Dagger permil lsaquo rsaquo euro").split(" ");

    static final Map<String, String> ALL = build();

    private HtmlEntities() {
    }

    private static Map<String, String> build() {
        Map<String, String> m = new HashMap<>();
        for (String name : NAMES) {
            String v = Entities.getByName(name);
            if (!v.isEmpty()) {
                m.put(name, v);
            }
        }
        return Map.copyOf(m);
    }

}
