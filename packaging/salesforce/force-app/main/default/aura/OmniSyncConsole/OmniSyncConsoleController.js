({
    // Glue only: every handler hands its event to the link in the helper.
    onScriptsLoaded: function (component, event, helper) {
        helper.start(component);
    },
    onStatusChanged: function (component, event, helper) {
        helper.omniEvent(component, 'omniChannelStatusChanged', event);
    },
    onLoginSuccess: function (component, event, helper) {
        helper.omniEvent(component, 'omniChannelLoginSuccess', event);
    },
    onLogout: function (component, event, helper) {
        helper.omniEvent(component, 'omniChannelLogout', event);
    },
    onWorkAssigned: function (component, event, helper) {
        helper.omniEvent(component, 'omniChannelWorkAssigned', event);
    },
    onWorkAccepted: function (component, event, helper) {
        helper.omniEvent(component, 'omniChannelWorkAccepted', event);
    },
    onWorkDeclined: function (component, event, helper) {
        helper.omniEvent(component, 'omniChannelWorkDeclined', event);
    },
    onWorkClosed: function (component, event, helper) {
        helper.omniEvent(component, 'omniChannelWorkClosed', event);
    },
    onWorkloadChanged: function (component, event, helper) {
        helper.omniEvent(component, 'omniChannelWorkloadChanged', event);
    },
    onConnectionError: function (component, event, helper) {
        helper.omniEvent(component, 'omniChannelConnectionError', event);
    },
    onDestroy: function (component, event, helper) {
        helper.stop(component);
    }
})
