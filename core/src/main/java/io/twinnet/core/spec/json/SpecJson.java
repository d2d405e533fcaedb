package io.twinnet.core.spec.json;

import io.twinnet.core.spec.Activation;
import io.twinnet.core.spec.ActivationKind;
import io.twinnet.core.spec.ActivationLayerSpec;
import io.twinnet.core.spec.BatchNormLayerSpec;
import io.twinnet.core.spec.ConvolutionLayerSpec;
import io.twinnet.core.spec.DenseLayerSpec;
import io.twinnet.core.spec.InitScheme;
import io.twinnet.core.spec.LayerSpec;
import io.twinnet.core.spec.LearningRateSchedule;
import io.twinnet.core.spec.LossFunction;
import io.twinnet.core.spec.NetworkSpec;
import io.twinnet.core.spec.OutputLayerSpec;
import io.twinnet.core.spec.PoolingType;
import io.twinnet.core.spec.Precision;
import io.twinnet.core.spec.ScheduleKind;
import io.twinnet.core.spec.Shape;
import io.twinnet.core.spec.SpecException;
import io.twinnet.core.spec.SubsamplingLayerSpec;
import io.twinnet.core.spec.Updater;
import io.twinnet.core.spec.WeightInit;
import io.twinnet.core.spec.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The JSON form of a {@link NetworkSpec}, written and read by hand (the core has no dependencies).
 * {@code fromJson(toJson(spec)).equals(spec)} for every valid spec. Example:
 * <pre>{@code
 * {
 *   "name": "mnist-mlp",
 *   "input": {"size": 784},
 *   "layers": [
 *     {"type": "dense", "nOut": 100, "activation": "relu", "weightInit": "relu", "biasInit": 0.0, "hasBias": true},
 *     {"type": "output", "nOut": 10, "activation": "softmax", "loss": "mcxent",
 *      "weightInit": {"scheme": "normal_distribution", "mean": 0.0, "std": 0.01}, "biasInit": 0.0, "hasBias": true}
 *   ],
 *   "learningRate": {"kind": "fixed", "initial": 0.1},
 *   "seed": 42,
 *   "precision": "double"
 * }
 * }</pre>
 * <ul>
 *   <li>input: {@code {"size": n}} or {@code {"channels": c, "height": h, "width": w}} (NCHW);</li>
 *   <li>layer types: dense, output (adds "loss"), conv ("nOut", "window", "activation", "weightInit",
 *       "biasInit", "hasBias"), pool ("pooling": max|avg, "window"), batchnorm ("decay", "eps", "gammaInit",
 *       "betaInit", all optional with DL4J's defaults), activation ("activation": a parameter-free layer a = f(x));</li>
 *   <li>activation: a name (sigmoid, tanh, relu, leakyrelu, softmax, identity) or
 *       {@code {"kind": "leakyrelu", "alpha": 0.02}};</li>
 *   <li>weightInit: a scheme name ({@link InitScheme}, e.g. "xavier") or an object with "scheme" and its
 *       parameters: normal_distribution ("mean", "std"), uniform_distribution ("lower", "upper"),
 *       constant ("value"), orthogonal ("gain", optional, default 1);</li>
 *   <li>window: "kernelH", "kernelW", optional "strideH", "strideW" (default 1), "padH", "padW" (default 0);</li>
 *   <li>learningRate: a number (fixed) or {"kind": fixed|step|exponential, "initial", "decayRate", "step"};</li>
 *   <li>updater: "sgd", "adam" (DL4J's defaults) or {"kind": "adam", "beta1", "beta2", "epsilon"} (each optional,
 *       defaults 0.9, 0.999, 1e-8); written only when it is not SGD, so an SGD spec's JSON is what it always was;</li>
 *   <li>optional with defaults: name (""), biasInit (0), hasBias (true), precision ("double"), updater ("sgd").</li>
 * </ul>
 * Unknown fields are refused (they are usually typos). Every error is a {@link SpecException} whose
 * field path names the culprit, e.g. {@code layers[1].activation}.
 */
public final class SpecJson {
    private SpecJson() {
    }

    // ------------------------------------------------------------------------------------------ writing

    /** The spec as pretty-printed JSON, one layer per line. */
    public static String toJson(NetworkSpec spec) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\n");
        sb.append("  \"name\": ").append(quote(spec.name())).append(",\n");
        sb.append("  \"input\": ").append(shapeJson(spec.input())).append(",\n");
        sb.append("  \"layers\": [\n");
        for (int i = 0; i < spec.layers().size(); i++) {
            sb.append("    ").append(layerJson(spec.layers().get(i)));
            sb.append(i + 1 < spec.layers().size() ? ",\n" : "\n");
        }
        sb.append("  ],\n");
        sb.append("  \"learningRate\": ").append(scheduleJson(spec.learningRate())).append(",\n");
        if (spec.updater() instanceof Updater.Adam a) {
            sb.append("  \"updater\": ").append(new Obj().str("kind", a.jsonName()).num("beta1", a.beta1()).num("beta2", a.beta2())
                    .num("epsilon", a.epsilon())).append(",\n");
        }
        sb.append("  \"seed\": ").append(spec.seed()).append(",\n");
        sb.append("  \"precision\": ").append(quote(spec.precision().jsonName())).append("\n");
        sb.append("}\n");
        return sb.toString();
    }

    /** One layer as a single-line JSON object. */
    public static String layerJson(LayerSpec layer) {
        Obj o = new Obj();
        o.str("type", layer.type());
        if (layer instanceof DenseLayerSpec d) {
            o.num("nOut", d.nOut()).raw("activation", activationJson(d.activation())).raw("weightInit", initJson(d.weightInit()))
                    .num("biasInit", d.biasInit()).bool("hasBias", d.hasBias());
        } else if (layer instanceof OutputLayerSpec out) {
            o.num("nOut", out.nOut()).raw("activation", activationJson(out.activation())).str("loss", out.loss().jsonName())
                    .raw("weightInit", initJson(out.weightInit())).num("biasInit", out.biasInit()).bool("hasBias", out.hasBias());
        } else if (layer instanceof ConvolutionLayerSpec c) {
            o.num("nOut", c.nOut()).raw("window", windowJson(c.window())).raw("activation", activationJson(c.activation()))
                    .raw("weightInit", initJson(c.weightInit())).num("biasInit", c.biasInit()).bool("hasBias", c.hasBias());
        } else if (layer instanceof SubsamplingLayerSpec p) {
            o.str("pooling", p.pooling().jsonName()).raw("window", windowJson(p.window()));
        } else if (layer instanceof BatchNormLayerSpec bn) {
            o.num("decay", bn.decay()).num("eps", bn.eps()).num("gammaInit", bn.gammaInit()).num("betaInit", bn.betaInit());
        } else if (layer instanceof ActivationLayerSpec a) {
            o.raw("activation", activationJson(a.activation()));
        } else {
            throw new IllegalArgumentException("layer: unknown layer type " + layer.getClass().getName());
        }
        return o.toString();
    }

    private static String shapeJson(Shape s) {
        return s.spatial() ? new Obj().num("channels", s.channels()).num("height", s.height()).num("width", s.width()).toString()
                : new Obj().num("size", s.size()).toString();
    }

    private static String activationJson(Activation a) {
        return a.kind() == ActivationKind.LEAKYRELU
                ? new Obj().str("kind", a.kind().jsonName()).num("alpha", a.alpha()).toString()
                : quote(a.kind().jsonName());
    }

    private static String initJson(WeightInit w) {
        return switch (w.scheme()) {
            case NORMAL_DISTRIBUTION -> new Obj().str("scheme", w.scheme().jsonName()).num("mean", w.mean()).num("std", w.std()).toString();
            case UNIFORM_DISTRIBUTION -> new Obj().str("scheme", w.scheme().jsonName()).num("lower", w.lower()).num("upper", w.upper()).toString();
            case CONSTANT -> new Obj().str("scheme", w.scheme().jsonName()).num("value", w.value()).toString();
            case ORTHOGONAL -> new Obj().str("scheme", w.scheme().jsonName()).num("gain", w.gain()).toString();
            default -> quote(w.scheme().jsonName());
        };
    }

    private static String windowJson(Window w) {
        return new Obj().num("kernelH", w.kernelH()).num("kernelW", w.kernelW()).num("strideH", w.strideH()).num("strideW", w.strideW())
                .num("padH", w.padH()).num("padW", w.padW()).toString();
    }

    private static String scheduleJson(LearningRateSchedule s) {
        Obj o = new Obj().str("kind", s.kind().jsonName()).num("initial", s.initial());
        if (s.kind() != ScheduleKind.FIXED) o.num("decayRate", s.decayRate());
        if (s.kind() == ScheduleKind.STEP) o.num("step", s.step());
        return o.toString();
    }

    /** A JSON string literal. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    /** A one-line JSON object under construction. */
    private static final class Obj {
        private final StringBuilder sb = new StringBuilder("{");

        private Obj key(String k) {
            if (sb.length() > 1) sb.append(", ");
            sb.append(quote(k)).append(": ");
            return this;
        }

        Obj str(String k, String v) {
            key(k).sb.append(quote(v));
            return this;
        }

        Obj num(String k, long v) {
            key(k).sb.append(v);
            return this;
        }

        Obj num(String k, double v) {
            key(k).sb.append(Double.toString(v));
            return this;
        }

        Obj bool(String k, boolean v) {
            key(k).sb.append(v);
            return this;
        }

        Obj raw(String k, String json) {
            key(k).sb.append(json);
            return this;
        }

        @Override
        public String toString() {
            return sb + "}";
        }
    }

    // ------------------------------------------------------------------------------------------ reading

    /**
     * Parses and validates a spec.
     *
     * @throws SpecException naming the field path of the first problem (syntax, type, unknown or missing
     *                       field, invalid value)
     */
    public static NetworkSpec fromJson(String json) {
        Object root = JsonParser.parse(json);
        Node top = Node.object(root, "$");
        top.allow("name", "input", "layers", "learningRate", "updater", "seed", "precision");
        String name = top.has("name") ? top.get("name").string() : "";
        Node inputNode = top.get("input");
        Shape input = shape(inputNode);
        List<Node> layerNodes = top.get("layers").array();
        List<LayerSpec> layers = new ArrayList<>();
        for (Node n : layerNodes) layers.add(layer(n));
        LearningRateSchedule lr = schedule(top.get("learningRate"));
        long seed = top.get("seed").longValue();
        Precision precision = top.has("precision")
                ? top.get("precision").parse(Precision::parse)
                : Precision.DOUBLE;
        Updater updater = top.has("updater") ? updater(top.get("updater")) : Updater.sgd();
        return new NetworkSpec(name, input, layers, lr, seed, precision, updater);
    }

    private static Updater updater(Node n) {
        if (n.isString()) return n.parse(Updater::parse);
        n.requireObject();
        Updater kind = n.get("kind").parse(Updater::parse);
        if (kind instanceof Updater.Sgd) {
            n.allow("kind");
            return kind;
        }
        n.allow("kind", "beta1", "beta2", "epsilon");
        double beta1 = n.has("beta1") ? n.get("beta1").doubleValue() : Updater.Adam.DEFAULT_BETA1;
        double beta2 = n.has("beta2") ? n.get("beta2").doubleValue() : Updater.Adam.DEFAULT_BETA2;
        double epsilon = n.has("epsilon") ? n.get("epsilon").doubleValue() : Updater.Adam.DEFAULT_EPSILON;
        return n.build(() -> new Updater.Adam(beta1, beta2, epsilon));
    }

    private static Shape shape(Node n) {
        n.requireObject();
        if (n.has("size")) {
            n.allow("size");
            return n.build(() -> Shape.vector(n.get("size").intValue()));
        }
        n.allow("channels", "height", "width");
        int c = n.get("channels").intValue();
        int h = n.get("height").intValue();
        int w = n.get("width").intValue();
        return n.build(() -> Shape.image(c, h, w));
    }

    private static LayerSpec layer(Node n) {
        n.requireObject();
        String type = n.get("type").string();
        switch (type) {
            case "dense" -> {
                n.allow("type", "nOut", "activation", "weightInit", "biasInit", "hasBias");
                int nOut = n.get("nOut").intValue();
                Activation a = activation(n.get("activation"));
                WeightInit w = weightInit(n.get("weightInit"));
                double bias = n.has("biasInit") ? n.get("biasInit").doubleValue() : 0.0;
                boolean hasBias = !n.has("hasBias") || n.get("hasBias").bool();
                return n.build(() -> new DenseLayerSpec(nOut, a, w, bias, hasBias));
            }
            case "output" -> {
                n.allow("type", "nOut", "activation", "loss", "weightInit", "biasInit", "hasBias");
                int nOut = n.get("nOut").intValue();
                Activation a = activation(n.get("activation"));
                LossFunction loss = n.get("loss").parse(LossFunction::parse);
                WeightInit w = weightInit(n.get("weightInit"));
                double bias = n.has("biasInit") ? n.get("biasInit").doubleValue() : 0.0;
                boolean hasBias = !n.has("hasBias") || n.get("hasBias").bool();
                return n.build(() -> new OutputLayerSpec(nOut, a, loss, w, bias, hasBias));
            }
            case "conv" -> {
                n.allow("type", "nOut", "window", "activation", "weightInit", "biasInit", "hasBias");
                int nOut = n.get("nOut").intValue();
                Window window = window(n.get("window"));
                Activation a = activation(n.get("activation"));
                WeightInit w = weightInit(n.get("weightInit"));
                double bias = n.has("biasInit") ? n.get("biasInit").doubleValue() : 0.0;
                boolean hasBias = !n.has("hasBias") || n.get("hasBias").bool();
                return n.build(() -> new ConvolutionLayerSpec(nOut, window, a, w, bias, hasBias));
            }
            case "pool" -> {
                n.allow("type", "pooling", "window");
                PoolingType pooling = n.get("pooling").parse(PoolingType::parse);
                Window window = window(n.get("window"));
                return n.build(() -> new SubsamplingLayerSpec(pooling, window));
            }
            case "batchnorm" -> {
                n.allow("type", "decay", "eps", "gammaInit", "betaInit");
                double decay = n.has("decay") ? n.get("decay").doubleValue() : BatchNormLayerSpec.DEFAULT_DECAY;
                double eps = n.has("eps") ? n.get("eps").doubleValue() : BatchNormLayerSpec.DEFAULT_EPS;
                double gamma = n.has("gammaInit") ? n.get("gammaInit").doubleValue() : 1.0;
                double beta = n.has("betaInit") ? n.get("betaInit").doubleValue() : 0.0;
                return n.build(() -> new BatchNormLayerSpec(decay, eps, gamma, beta));
            }
            case "activation" -> {
                n.allow("type", "activation");
                Activation a = activation(n.get("activation"));
                return n.build(() -> new ActivationLayerSpec(a));
            }
            default -> throw new SpecException(n.path + ".type",
                    "unknown layer type '" + type + "' (expected dense, output, conv, pool, batchnorm or activation)");
        }
    }

    private static Activation activation(Node n) {
        if (n.isString()) {
            return n.build(() -> Activation.of(n.parse(ActivationKind::parse)));
        }
        n.requireObject();
        n.allow("kind", "alpha");
        ActivationKind kind = n.get("kind").parse(ActivationKind::parse);
        if (kind == ActivationKind.LEAKYRELU && n.has("alpha")) {
            double alpha = n.get("alpha").doubleValue();
            return n.build(() -> Activation.leakyRelu(alpha));
        }
        if (kind != ActivationKind.LEAKYRELU && n.has("alpha")) {
            throw new SpecException(n.path + ".alpha", "only leakyrelu takes alpha");
        }
        return Activation.of(kind);
    }

    private static WeightInit weightInit(Node n) {
        if (n.isString()) {
            InitScheme scheme = n.parse(InitScheme::parse);
            return n.build(() -> WeightInit.of(scheme));
        }
        n.requireObject();
        InitScheme scheme = n.get("scheme").parse(InitScheme::parse);
        switch (scheme) {
            case NORMAL_DISTRIBUTION -> {
                n.allow("scheme", "mean", "std");
                double mean = n.has("mean") ? n.get("mean").doubleValue() : 0.0;
                double std = n.get("std").doubleValue();
                return n.build(() -> WeightInit.normal(mean, std));
            }
            case UNIFORM_DISTRIBUTION -> {
                n.allow("scheme", "lower", "upper");
                double lower = n.get("lower").doubleValue();
                double upper = n.get("upper").doubleValue();
                return n.build(() -> WeightInit.uniform(lower, upper));
            }
            case CONSTANT -> {
                n.allow("scheme", "value");
                double value = n.get("value").doubleValue();
                return n.build(() -> WeightInit.constant(value));
            }
            case ORTHOGONAL -> {
                n.allow("scheme", "gain");
                double gain = n.has("gain") ? n.get("gain").doubleValue() : 1.0;
                return n.build(() -> WeightInit.orthogonal(gain));
            }
            default -> {
                n.allow("scheme");
                return n.build(() -> WeightInit.of(scheme));
            }
        }
    }

    private static Window window(Node n) {
        n.requireObject();
        n.allow("kernelH", "kernelW", "strideH", "strideW", "padH", "padW");
        int kh = n.get("kernelH").intValue();
        int kw = n.get("kernelW").intValue();
        int sh = n.has("strideH") ? n.get("strideH").intValue() : 1;
        int sw = n.has("strideW") ? n.get("strideW").intValue() : 1;
        int ph = n.has("padH") ? n.get("padH").intValue() : 0;
        int pw = n.has("padW") ? n.get("padW").intValue() : 0;
        return n.build(() -> new Window(kh, kw, sh, sw, ph, pw));
    }

    private static LearningRateSchedule schedule(Node n) {
        if (n.isNumber()) {
            double lr = n.doubleValue();
            return n.build(() -> LearningRateSchedule.fixed(lr));
        }
        n.requireObject();
        ScheduleKind kind = n.get("kind").parse(ScheduleKind::parse);
        switch (kind) {
            case FIXED -> n.allow("kind", "initial");
            case STEP -> n.allow("kind", "initial", "decayRate", "step");
            case EXPONENTIAL -> n.allow("kind", "initial", "decayRate");
            default -> throw new AssertionError(kind);
        }
        double initial = n.get("initial").doubleValue();
        double decay = kind == ScheduleKind.FIXED ? 1.0 : n.get("decayRate").doubleValue();
        int step = kind == ScheduleKind.STEP ? n.get("step").intValue() : 1;
        try {
            return new LearningRateSchedule(kind, initial, decay, step);
        } catch (SpecException e) {
            // the record calls the initial rate "learningRate"; in JSON it is "initial"
            String field = e.field().equals("learningRate") ? "initial" : e.field();
            throw new SpecException(n.path + "." + field, e.getMessage().substring(e.field().length() + 2));
        }
    }

    /** A parsed JSON value with the path it was found at, and typed accessors that report errors by path. */
    private static final class Node {
        final Object value;
        final String path;

        private Node(Object value, String path) {
            this.value = value;
            this.path = path;
        }

        static Node object(Object value, String path) {
            Node n = new Node(value, path);
            n.requireObject();
            return n;
        }

        private String where() {
            return path.equals("$") ? "json" : path;
        }

        private SpecException error(String problem) {
            return new SpecException(where(), problem);
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> map() {
            return (Map<String, Object>) value;
        }

        void requireObject() {
            if (!(value instanceof Map)) throw error("expected a JSON object, got " + describe(value));
        }

        boolean isString() {
            return value instanceof String;
        }

        boolean isNumber() {
            return value instanceof JsonNumber;
        }

        boolean has(String key) {
            return map().containsKey(key);
        }

        Node get(String key) {
            String p = JsonParser.child(path, key);
            if (!map().containsKey(key)) throw new SpecException(p, "is missing");
            Object v = map().get(key);
            if (v == null) throw new SpecException(p, "is null");
            return new Node(v, p);
        }

        void allow(String... keys) {
            Set<String> allowed = Set.of(keys);
            for (String k : map().keySet()) {
                if (!allowed.contains(k)) {
                    throw new SpecException(JsonParser.child(path, k), "unknown field (expected one of " + String.join(", ", keys) + ")");
                }
            }
        }

        List<Node> array() {
            if (!(value instanceof List<?> list)) throw error("expected a JSON array, got " + describe(value));
            List<Node> out = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) == null) throw new SpecException(path + "[" + i + "]", "is null");
                out.add(new Node(list.get(i), path + "[" + i + "]"));
            }
            return out;
        }

        String string() {
            if (!(value instanceof String s)) throw error("expected a string, got " + describe(value));
            return s;
        }

        boolean bool() {
            if (!(value instanceof Boolean b)) throw error("expected true or false, got " + describe(value));
            return b;
        }

        double doubleValue() {
            if (!(value instanceof JsonNumber n)) throw error("expected a number, got " + describe(value));
            return Double.parseDouble(n.literal());
        }

        long longValue() {
            if (!(value instanceof JsonNumber n) || !n.isInteger()) throw error("expected an integer, got " + describe(value));
            try {
                return Long.parseLong(n.literal());
            } catch (NumberFormatException e) {
                throw error("integer out of range: " + n.literal());
            }
        }

        int intValue() {
            long v = longValue();
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) throw error("integer out of range: " + v);
            return (int) v;
        }

        /** Parses a string with one of the spec enums' parsers, which name this node's path on failure. */
        <T> T parse(java.util.function.BiFunction<String, String, T> parser) {
            return parser.apply(string(), where());
        }

        /** Builds a value, re-anchoring any SpecException from a record constructor at this node's path. */
        <T> T build(Supplier<T> constructor) {
            try {
                return constructor.get();
            } catch (SpecException e) {
                if (e.field().startsWith(where())) throw e;
                throw e.within(where());
            }
        }

        private static String describe(Object v) {
            if (v == null) return "null";
            if (v instanceof String s) return "the string " + quote(s);
            if (v instanceof JsonNumber n) return n.literal();
            if (v instanceof Boolean b) return b.toString();
            if (v instanceof List) return "an array";
            return "an object";
        }
    }
}
