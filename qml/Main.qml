// The app window. main.cpp passes the data directory, server URL and (for demos) an NMEA log to
// replay as the location, as initial properties.
import QtQuick
import QtQuick.Controls.Basic
import CareRound

ApplicationWindow {
    id: window

    required property string dataDirectory
    required property string serverUrl
    // PEM of the CA to trust for the server (--server-certificate); empty = the system's CAs.
    property string serverCertificatePem: ""
    required property string nmeaFile

    width: 400
    height: 720
    visible: true
    title: qsTr("CareRound")
    color: Theme.background
    font.pixelSize: Theme.bodyPixelSize

    // Declared before the session so it is destroyed first and never sees a null session.
    SessionView {
        anchors.fill: parent
        session: appSession
    }

    AppSession {
        id: appSession
        dataDirectory: window.dataDirectory
        serverUrl: window.serverUrl
        serverCertificatePem: window.serverCertificatePem
    }

    Component.onCompleted: {
        LocationSettings.nmeaFile = window.nmeaFile
        appSession.start()
    }
}
