package io.twinnet.experiments.lab;

import io.twinnet.core.train.TrainableNetwork;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * One implementation's network, tagged with which implementation it is, so every trial is written once and
 * run identically on the core and on DL4J. Everything else is the shared {@link TrainableNetwork} contract
 * (core's {@code Network.trainable()}, the bridge's {@code Dl4jNetwork}): row-major {@code batch × size}
 * arrays, parameter and gradient vectors in the core's layout, copies rather than live views.
 *
 * <p>The tag is added without a second copy of the contract: {@link #of} answers {@link #implementation()}
 * itself and hands every other call, unchanged, to the network (a {@link Proxy}), so a method added to
 * {@code TrainableNetwork} needs no edit here.
 */
public interface TwinNetwork extends TrainableNetwork {

    /** Which implementation computes this network. */
    Implementation implementation();

    /** {@code network}, tagged as {@code implementation}'s. */
    static TwinNetwork of(Implementation implementation, TrainableNetwork network) {
        if (implementation == null) throw new IllegalArgumentException("implementation: is missing");
        if (network == null) throw new IllegalArgumentException("network: is missing");
        return (TwinNetwork) Proxy.newProxyInstance(TwinNetwork.class.getClassLoader(), new Class<?>[] {TwinNetwork.class},
                (proxy, method, args) -> call(implementation, network, proxy, method, args));
    }

    private static Object call(Implementation implementation, TrainableNetwork network, Object proxy, Method method, Object[] args)
            throws Throwable {
        switch (method.getName()) {
            case "implementation":
                return implementation;
            case "toString":
                return implementation.label() + " " + network;
            case "hashCode":
                return System.identityHashCode(proxy);
            case "equals":
                return proxy == args[0];
            default:
                try {
                    return method.invoke(network, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
        }
    }
}
