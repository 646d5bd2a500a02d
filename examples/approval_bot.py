#!/usr/bin/env python3
# An approval bot for vcdsim (or vCloud Director): it waits for blockingtask/create notifications on
# the AMQP broker, finds the blocking task through the entity resolver, and resumes or aborts it.
# Needs Debian's python3-pika; run it with /usr/bin/python3 examples/approval_bot.py [--api URL] [--amqp-host H]
# (or VCDSIM_URL, VCDSIM_ADMIN_PASSWORD, AMQP_HOST, AMQP_PORT in the environment).
import argparse, base64, os, re, urllib.request
import pika  # Debian: python3-pika

args = argparse.ArgumentParser(description='Resumes or aborts vcdsim blocking tasks as their notifications arrive.')
args.add_argument('--api', default=os.environ.get('VCDSIM_URL', 'http://127.0.0.1:8080'))
args.add_argument('--admin-password', default=os.environ.get('VCDSIM_ADMIN_PASSWORD', 'vcdsim-admin'))
args.add_argument('--amqp-host', default=os.environ.get('AMQP_HOST', '127.0.0.1'))
args.add_argument('--amqp-port', type=int, default=int(os.environ.get('AMQP_PORT', '5672')))
opts = args.parse_args()
API = opts.api.rstrip('/')

def call(method, path, token=None, body=None, ctype=None, auth=None):
    json = path.startswith('/cloudapi/')  # the cloudapi answers in JSON only, and says 406 to an XML Accept
    headers = {'Accept': ('application/json' if json else 'application/*+xml') + ';version=36.0'}
    if token: headers['Authorization'] = 'Bearer ' + token
    if auth: headers['Authorization'] = 'Basic ' + base64.b64encode(auth.encode()).decode()
    if ctype: headers['Content-Type'] = ctype
    req = urllib.request.Request(path if path.startswith('http') else API + path, method=method,
                                 data=body.encode() if body else None, headers=headers)
    with urllib.request.urlopen(req) as r:
        return r.headers, r.read().decode()

token = call('POST', '/cloudapi/1.0.0/sessions/provider',
             auth='administrator@System:' + opts.admin_password)[0]['X-VMWARE-VCLOUD-ACCESS-TOKEN']

def on_blocked(channel, method, properties, body):
    link = re.search(rb'<vmext:EntityLink rel="entity"[^>]*name="([^"]*)" id="([^"]+)"', body)
    operation, urn = link.group(1).decode(), link.group(2).decode()
    entity = call('GET', '/api/entity/' + urn, token)[1]
    href = re.search(r'rel="alternate" href="([^"]+)"', entity).group(1)
    action = 'abort' if operation == 'catalogDelete' else 'resume'   # your policy here
    call('POST', href + '/action/' + action, token, ctype='application/vnd.vmware.admin.blockingTaskOperationParams+xml',
         body='<BlockingTaskOperationParams xmlns="http://www.vmware.com/vcloud/extension/v1.5">'
              '<Message>decided by the approval bot</Message></BlockingTaskOperationParams>')
    print(action, urn)

channel = pika.BlockingConnection(pika.ConnectionParameters(opts.amqp_host, opts.amqp_port)).channel()
channel.exchange_declare('systemExchange', 'topic', durable=True)   # AmqpSettings/AmqpExchange
queue = channel.queue_declare('', exclusive=True).method.queue
channel.queue_bind(queue, 'systemExchange', '#.com.vmware.vcloud.event.blockingtask.create.#')
channel.basic_consume(queue, on_blocked, auto_ack=True)
channel.start_consuming()
