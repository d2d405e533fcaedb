package io.twinnet.dl4j.parity;

import io.twinnet.core.data.Dataset;
import io.twinnet.core.data.MinibatchOrder;
import io.twinnet.core.spec.NetworkSpec;

/**
 * One exact-parity case: a network, a small dataset and the order in which SGD sees it. The same
 * parameters (drawn by the core from {@code spec.seed()}) are loaded into the core and into DL4J.
 *
 * @param name        a unique, stable name (used on the command line and in reports)
 * @param description what the case covers, in a few words
 * @param spec        the network; its precision is replaced by the run's precision
 * @param data        the examples: features {@code spec.input().size()} wide, labels {@code nOut} wide
 * @param order       the minibatches; step t uses batch {@code t mod order.size()}
 */
public record ParityCase(String name, String description, NetworkSpec spec, Dataset data, MinibatchOrder order) {

    public ParityCase {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("name: is missing");
        description = description == null ? "" : description;
        if (spec == null) throw new IllegalArgumentException(name + ": spec is missing");
        if (data == null) throw new IllegalArgumentException(name + ": data is missing");
        if (order == null || order.size() == 0) throw new IllegalArgumentException(name + ": order has no minibatches");
        if (data.featureCount() != spec.input().size()) {
            throw new IllegalArgumentException(name + ": data has " + data.featureCount() + " features but the network takes "
                    + spec.input().size());
        }
        if (data.labelCount() != spec.outputLayer().nOut()) {
            throw new IllegalArgumentException(name + ": data has " + data.labelCount() + " labels but the network outputs "
                    + spec.outputLayer().nOut());
        }
        for (int b = 0; b < order.size(); b++) {
            for (int i : order.batch(b)) {
                if (i < 0 || i >= data.size()) {
                    throw new IllegalArgumentException(name + ": minibatch " + b + " holds index " + i + " outside the "
                            + data.size() + " examples");
                }
            }
        }
    }
}
