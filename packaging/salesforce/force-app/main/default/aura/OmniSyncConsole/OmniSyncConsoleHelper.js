({
    // Builds the link from the console's services. Every callback that comes
    // back from outside Aura (promises, timers, streaming) is wrapped with
    // $A.getCallback so that it runs inside the framework's lifecycle.
    start: function (component) {
        var helper = this;
        var empApi = component.find('empApi');
        var utilityBar = component.find('utilityBar');
        var link = window.OmniSyncLink.createLink({
            toolkit: component.find('omniToolkit'),
            empApi: {
                subscribe: function (channel, replayId, onMessage) {
                    return empApi.subscribe(channel, replayId, $A.getCallback(onMessage));
                },
                unsubscribe: function (subscription) {
                    return new Promise(function (resolve) {
                        empApi.unsubscribe(subscription, $A.getCallback(resolve));
                    });
                },
                onError: function (callback) {
                    empApi.onError($A.getCallback(callback));
                }
            },
            server: {
                load: function () {
                    return helper.callApex(component, 'c.getLink', {});
                },
                report: function (agentId, text) {
                    return helper.callApex(component, 'c.report', { agentId: agentId, message: text });
                },
                describeWork: function (workId) {
                    return helper.callApex(component, 'c.describeWork', { workId: workId });
                }
            },
            // The desktop's direct link on 127.0.0.1 (CSP Trusted Sites in the package), tried
            // before the record; a browser without WebSocket keeps to the record. What the
            // socket's handlers start goes through the Apex calls, timers and onState below,
            // each already wrapped in $A.getCallback.
            loopback: typeof window.WebSocket === 'function'
                ? window.OmniSyncLink.createLoopback({ WebSocket: window.WebSocket })
                : null,
            clock: {
                now: function () {
                    return Date.now();
                },
                setTimeout: function (fn, ms) {
                    return window.setTimeout($A.getCallback(fn), ms);
                },
                clearTimeout: function (handle) {
                    window.clearTimeout(handle);
                }
            },
            onState: $A.getCallback(function (state, line) {
                if (component.isValid()) {
                    component.set('v.stateLine', line);
                    utilityBar.setUtilityLabel({ label: line });
                }
            }),
            log: function (level, text) {
                // The browser console is the component's only diagnostic channel; the setup
                // guide tells administrators to look for these [OmniSync] lines there.
                // eslint-disable-next-line no-console
                var write = level === 'error' ? console.error : level === 'warn' ? console.warn : console.info;
                write.call(console, '[OmniSync] ' + text);
            }
        });
        component.set('v.link', link);
        link.start();
    },

    omniEvent: function (component, name, event) {
        var link = component.get('v.link');
        if (link) {
            link.handleOmniEvent(name, event.getParams());
        }
    },

    stop: function (component) {
        var link = component.get('v.link');
        if (link) {
            link.close();
        }
    },

    // One Apex call as a promise; the error is the action's error list.
    callApex: function (component, name, params) {
        return new Promise($A.getCallback(function (resolve, reject) {
            var action = component.get(name);
            action.setParams(params);
            action.setCallback(this, function (response) {
                if (response.getState() === 'SUCCESS') {
                    resolve(response.getReturnValue());
                } else {
                    reject(response.getError());
                }
            });
            $A.enqueueAction(action);
        }));
    }
})
