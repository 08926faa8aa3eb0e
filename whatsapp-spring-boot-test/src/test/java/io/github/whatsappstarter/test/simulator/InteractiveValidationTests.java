package io.github.whatsappstarter.test.simulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interactive types added for flows, location requests, addresses, products and catalogs: each valid
 * body is accepted and each broken one refused with code 100 naming the parameter.
 */
class InteractiveValidationTests {

	static WhatsAppSimulator simulator;

	static SimulatorClient client;

	@BeforeAll
	static void start() {
		simulator = WhatsAppSimulator.start(SimulatorConfig.builder().limitsEnabled(false).build());
		client = new SimulatorClient(simulator);
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@BeforeEach
	void reset() {
		simulator.reset();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"{'type':'flow','body':{'text':'Book'},'action':{'name':'flow','parameters':{'flow_message_version':'3','flow_id':'1','flow_cta':'Book!','flow_token':'t','flow_action':'navigate','flow_action_payload':{'screen':'S1','data':{'a':1}}}}}",
			"{'type':'flow','body':{'text':'Book'},'action':{'name':'flow','parameters':{'flow_message_version':'3','flow_name':'f','flow_cta':'Go','mode':'draft','flow_action':'data_exchange'}}}",
			"{'type':'location_request_message','body':{'text':'Where?'},'action':{'name':'send_location'}}",
			"{'type':'address_message','body':{'text':'Address?'},'action':{'name':'address_message','parameters':{'country':'IN'}}}",
			"{'type':'product','action':{'catalog_id':'c1','product_retailer_id':'sku'}}",
			"{'type':'product_list','header':{'type':'text','text':'Deals'},'body':{'text':'Pick'},'action':{'catalog_id':'c1','sections':[{'title':'A','product_items':[{'product_retailer_id':'s1'}]},{'title':'B','product_items':[{'product_retailer_id':'s2'}]}]}}",
			"{'type':'catalog_message','body':{'text':'See'},'action':{'name':'catalog_message','parameters':{'thumbnail_product_retailer_id':'s1'}}}" })
	void acceptsEveryNewInteractiveType(String interactive) {
		assertThat(client.send(body(interactive)).status()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"flow_id or flow_name|{'type':'flow','body':{'text':'B'},'action':{'name':'flow','parameters':{'flow_message_version':'3','flow_id':'1','flow_name':'f','flow_cta':'Go','flow_action':'data_exchange'}}}",
			"flow_message_version|{'type':'flow','body':{'text':'B'},'action':{'name':'flow','parameters':{'flow_id':'1','flow_cta':'Go','flow_action':'data_exchange'}}}",
			"['screen']|{'type':'flow','body':{'text':'B'},'action':{'name':'flow','parameters':{'flow_message_version':'3','flow_id':'1','flow_cta':'Go'}}}",
			"flow_cta|{'type':'flow','body':{'text':'B'},'action':{'name':'flow','parameters':{'flow_message_version':'3','flow_id':'1','flow_cta':'123456789012345678901','flow_action':'data_exchange'}}}",
			"send_location|{'type':'location_request_message','body':{'text':'Where?'},'action':{'name':'location'}}",
			"['country']|{'type':'address_message','body':{'text':'A'},'action':{'name':'address_message','parameters':{'country':'US'}}}",
			"['header']|{'type':'product','header':{'type':'text','text':'x'},'action':{'catalog_id':'c','product_retailer_id':'s'}}",
			"['header']|{'type':'product_list','body':{'text':'Pick'},'action':{'catalog_id':'c1','sections':[{'product_items':[{'product_retailer_id':'s1'}]}]}}",
			"['title']|{'type':'product_list','header':{'type':'text','text':'D'},'body':{'text':'P'},'action':{'catalog_id':'c1','sections':[{'product_items':[{'product_retailer_id':'s1'}]},{'product_items':[{'product_retailer_id':'s2'}]}]}}",
			"['body']|{'type':'catalog_message','action':{'name':'catalog_message'}}" })
	void refusesBrokenInteractiveBodiesNamingTheParameter(String expectation) {
		String[] parts = expectation.split("\\|", 2);
		SimulatorClient.Reply reply = client.send(body(parts[1]));
		assertThat(reply.code()).isEqualTo(100);
		assertThat(reply.details()).contains(parts[0]);
	}

	@ParameterizedTest
	@ValueSource(ints = { 11, 31 })
	void refusesAProductListOverTenSectionsOrThirtyProducts(int count) {
		StringBuilder sections = new StringBuilder();
		int sectionCount = (count == 11) ? 11 : 2;
		for (int i = 0; i < sectionCount; i++) {
			sections.append((i > 0) ? "," : "").append("{'title':'S").append(i).append("','product_items':[");
			int products = (count == 11) ? 1 : ((i == 0) ? 16 : 15);
			for (int p = 0; p < products; p++) {
				sections.append((p > 0) ? "," : "").append("{'product_retailer_id':'p").append(i).append('-').append(p)
					.append("'}");
			}
			sections.append("]}");
		}
		SimulatorClient.Reply reply = client.send(body("{'type':'product_list','header':{'type':'text','text':'D'},"
				+ "'body':{'text':'P'},'action':{'catalog_id':'c1','sections':[" + sections + "]}}"));
		assertThat(reply.code()).isEqualTo(100);
		assertThat(reply.details()).contains((count == 11) ? "1 to 10 sections" : "30 products");
	}

	private static String body(String interactive) {
		return ("{'messaging_product':'whatsapp','to':'15550001111','type':'interactive','interactive':" + interactive
				+ "}").replace('\'', '"');
	}

}
