package io.parley.gateway.adapter.websocket;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * A port implemented by a plain object that has only the methods a test needs (same name and parameter types);
 * any other method throws. Keeps the fakes small and unaffected when a port gains methods the gateway does not use.
 */
final class PartialFake {

    private PartialFake() {}

    static <T> T of(Class<T> port, Object implementation) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> port.getSimpleName() + " fake";
                };
            }
            Method target;
            try {
                target = implementation.getClass().getMethod(method.getName(), method.getParameterTypes());
            } catch (NoSuchMethodException e) {
                throw new UnsupportedOperationException(port.getSimpleName() + "." + method.getName()
                        + " is not part of this fake");
            }
            try {
                target.setAccessible(true);
                return target.invoke(implementation, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
