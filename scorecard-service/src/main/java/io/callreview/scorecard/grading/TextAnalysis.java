package io.callreview.scorecard.grading;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;

/**
 * Lucene's analysis chain for transcripts and detection phrases: standard tokenising, lower-casing,
 * English possessives and Porter stemming. Phrases are also expanded through a map of sales concepts
 * (synonyms), and every way of saying a phrase is enumerated as a sequence of stems.
 * Thread-safe: Lucene analyzers keep their per-thread state themselves.
 */
public final class TextAnalysis {

    private static final String FIELD = "text";
    private static final int PHRASE_CACHE_LIMIT = 10_000;

    /** One stemmed token and where it stands in the original text. */
    public record Token(String stem, int start, int end) {
    }

    /** One way to say a phrase, as stems; {@code direct} when it is the phrase itself rather than a synonym. */
    public record Alternative(String[] stems, boolean direct) {
    }

    private final Analyzer stemming = new StemmingAnalyzer();
    private final Analyzer concepts;
    private final Map<String, List<Alternative>> phraseCache = new ConcurrentHashMap<>();

    private TextAnalysis(SynonymMap synonyms) {
        this.concepts = new ConceptAnalyzer(synonyms);
    }

    /** The built-in sales concepts. */
    public static TextAnalysis withDefaultConcepts() {
        return withConcepts(List.of());
    }

    /** The built-in sales concepts plus {@code extraLines} in Solr synonym format ("a, b, c"). */
    public static TextAnalysis withConcepts(List<String> extraLines) {
        try (InputStream in = TextAnalysis.class.getResourceAsStream("concepts.txt")) {
            if (in == null) {
                throw new IllegalStateException("concepts.txt is missing from the classpath");
            }
            String builtIn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new TextAnalysis(parseSynonyms(builtIn + "\n" + String.join("\n", extraLines)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SynonymMap parseSynonyms(String rules) {
        try (Analyzer entries = new StemmingAnalyzer(); Reader reader = new StringReader(rules)) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, entries);
            parser.parse(reader);
            return parser.build();
        } catch (IOException | java.text.ParseException e) {
            throw new IllegalArgumentException("invalid concept synonyms: " + e.getMessage(), e);
        }
    }

    public List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = stemming.tokenStream(FIELD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** Every way of saying {@code phrase}: itself first, then its concept's other members. */
    public List<Alternative> alternatives(String phrase) {
        List<Alternative> cached = phraseCache.get(phrase);
        if (cached != null) {
            return cached;
        }
        if (phraseCache.size() > PHRASE_CACHE_LIMIT) {
            phraseCache.clear();
        }
        List<Alternative> computed = expand(phrase);
        phraseCache.put(phrase, computed);
        return computed;
    }

    private List<Alternative> expand(String phrase) {
        String[] own = tokens(phrase).stream().map(Token::stem).toArray(String[]::new);
        Map<String, Alternative> unique = new LinkedHashMap<>();
        if (own.length > 0) {
            unique.put(String.join(" ", own), new Alternative(own, true));
        }
        try (TokenStream stream = concepts.tokenStream(FIELD, phrase)) {
            // GraphTokenStreamFiniteStrings resets, consumes and ends the stream itself.
            Iterator<TokenStream> paths = new GraphTokenStreamFiniteStrings(stream).getFiniteStrings();
            while (paths.hasNext()) {
                String[] stems = terms(paths.next());
                if (stems.length > 0) {
                    unique.putIfAbsent(String.join(" ", stems), new Alternative(stems, Arrays.equals(stems, own)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(unique.values());
    }

    private static String[] terms(TokenStream path) throws IOException {
        List<String> terms = new ArrayList<>();
        CharTermAttribute term = path.addAttribute(CharTermAttribute.class);
        path.reset();
        while (path.incrementToken()) {
            terms.add(term.toString());
        }
        path.end();
        path.close();
        return terms.toArray(String[]::new);
    }

    private static class StemmingAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(tokenizer);
            stream = new EnglishPossessiveFilter(stream);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }

    private static final class ConceptAnalyzer extends Analyzer {
        private final SynonymMap synonyms;

        ConceptAnalyzer(SynonymMap synonyms) {
            this.synonyms = synonyms;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(tokenizer);
            stream = new EnglishPossessiveFilter(stream);
            stream = new PorterStemFilter(stream);
            stream = new SynonymGraphFilter(stream, synonyms, true);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
