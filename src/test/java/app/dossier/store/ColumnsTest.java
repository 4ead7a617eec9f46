package app.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.model.Enclosure;
import app.dossier.model.Person;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnsTest {

    private static final String NASTY = "a\u001fb\u001ec\\d\u001de";

    @Test
    void peopleRoundTripIncludingAbsentPartsAndSeparatorsInData() {
        List<Person> people = List.of(new Person("Name", null, "https://x"), new Person(null, "e@x", null),
                new Person(NASTY, "", NASTY));
        assertThat(Columns.decodePeople(Columns.encodePeople(people))).isEqualTo(people);
    }

    @Test
    void stringsAndEnclosuresRoundTrip() {
        List<String> strings = List.of("Politics", NASTY, "Україна");
        assertThat(Columns.decodeStrings(Columns.encodeStrings(strings))).isEqualTo(strings);
        List<Enclosure> enclosures = List.of(new Enclosure("https://x/a.mp3", "audio/mpeg", 12L),
                new Enclosure("https://x/b", null, null));
        assertThat(Columns.decodeEnclosures(Columns.encodeEnclosures(enclosures))).isEqualTo(enclosures);
    }

    @Test
    void mapsKeepTheirOrder() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("text", "T");
        map.put("{https://ns.example}x:icon", NASTY);
        map.put("xmlUrl", "https://e/f");
        map.put("empty", "");
        Map<String, String> back = Columns.decodeMap(Columns.encodeMap(map));
        assertThat(back).containsExactlyEntriesOf(map);
    }

    @Test
    void emptyListsAreNull() {
        assertThat(Columns.encodePeople(List.of())).isNull();
        assertThat(Columns.decodePeople(null)).isEmpty();
        assertThat(Columns.encodeMap(Map.of())).isNull();
    }
}
